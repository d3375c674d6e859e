import { api } from "../api/client.ts";
import type { Instrument, ScoreReport, Sensitivity } from "../api/types.ts";
import { formatNumber, lt, m } from "../i18n/index.ts";
import { useAsync } from "./async.tsx";
import { DataTable } from "./data-table.tsx";

type Probabilities = Sensitivity["headline"]["stageProbabilities"];

/** A headline or dimension stage counts as firm when one stage holds in at least this share of plausible methods. */
const FIRM_SHARE = 0.8;

/** The stage most plausible methods give, and their share. */
function likeliest(probabilities: Probabilities): { stage: number; share: number } {
  const stages = ([1, 2, 3, 4, 5] as const).map((stage) => ({ stage, share: probabilities[stage] }));
  return stages.reduce((best, s) => (s.share > best.share ? s : best));
}

const percent = (share: number) => `${formatNumber(share * 100)} %`;
const shareOf = (top: { share: number } | undefined) => (top ? percent(top.share) : "–");

function stageLabel(instrument: Instrument, stage: number): string {
  const name = lt(instrument.stages?.find((s) => s.stage === stage)?.name);
  return name ? m.sensitivity.stageNamed(stage, name) : m.sensitivity.stage(stage);
}

interface FiguresProps {
  sensitivity: Sensitivity;
  instrument: Instrument;
  report: ScoreReport;
}

/** The headline's firmness; none while the report withholds the stage (coverage floor): drawn answers are no stage. */
function HeadlineFirmness({ sensitivity, instrument, report }: FiguresProps) {
  if (report.overall.stage === null)
    return (
      <p class="sensitivity-headline" data-testid="sensitivity-headline">
        {m.sensitivity.withheld}
      </p>
    );
  const headline = likeliest(sensitivity.headline.stageProbabilities);
  return (
    <p class="sensitivity-headline" data-testid="sensitivity-headline">
      {m.sensitivity.headline(stageLabel(instrument, headline.stage), percent(headline.share))}{" "}
      {headline.share >= FIRM_SHARE ? m.sensitivity.firm : m.sensitivity.uncertain}
    </p>
  );
}

function Figures({ sensitivity, instrument, report }: FiguresProps) {
  const titles = new Map(instrument.dimensions.map((d) => [d.id, lt(d.title)]));
  const withheld = new Set(report.dimensions.filter((d) => d.stage === null).map((d) => d.dimensionId));
  type Row = Sensitivity["dimensions"][number];
  const top = (row: Row) => (withheld.has(row.dimensionId) ? undefined : likeliest(row.stageProbabilities));
  const topStage = (row: Row) => {
    const t = top(row);
    return t ? stageLabel(instrument, t.stage) : m.sensitivity.noStageHere;
  };
  return (
    <>
      <HeadlineFirmness sensitivity={sensitivity} instrument={instrument} report={report} />
      <div class="no-print">
        <DataTable<Row>
          caption={m.sensitivity.caption}
          rowHeader={{
            key: "dimension",
            header: m.sensitivity.dimension,
            cell: (r) => titles.get(r.dimensionId) ?? r.dimensionId,
          }}
          columns={[
            { key: "stage", header: m.sensitivity.likeliest, cell: topStage },
            { key: "share", header: m.sensitivity.share, num: true, cell: (r) => shareOf(top(r)) },
            {
              key: "band",
              header: m.sensitivity.band,
              num: true,
              cell: (r) => `${formatNumber(r.indexBand[0])}–${formatNumber(r.indexBand[1])}`,
            },
          ]}
          rows={sensitivity.dimensions}
          rowKey={(r) => r.dimensionId}
          csvName="stage-sensitivity"
        />
      </div>
      {sensitivity.lenses.length > 0 && (
        <ul class="lenses no-print">
          {sensitivity.lenses.map((lens) => (
            <li key={lens.id}>
              {m.sensitivity.lens(
                lt(instrument.lenses?.find((l) => l.id === lens.id)?.title) || lens.id,
                lens.headlineStage === null ? m.sensitivity.noStage : stageLabel(instrument, lens.headlineStage),
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * How firm the stages are (METHODOLOGY §11): the stage most plausible variants of the method give, with their share
 * ("stage 3 in 82 % of plausible methods"), the index range per dimension, and the headline under each lens.
 */
export function SensitivityBands({
  assessmentId,
  instrument,
  report,
}: {
  assessmentId: string;
  instrument: Instrument;
  report: ScoreReport;
}) {
  const state = useAsync(() => api.sensitivity(assessmentId), [assessmentId]);
  return (
    <section aria-labelledby="sensitivity" class="sensitivity">
      <h2 id="sensitivity">{m.sensitivity.title}</h2>
      {state.data && <p class="help no-print">{m.sensitivity.intro(formatNumber(state.data.draws))}</p>}
      {state.error ? (
        <p class="help">{m.sensitivity.unavailable}</p>
      ) : state.data ? (
        <Figures sensitivity={state.data} instrument={instrument} report={report} />
      ) : (
        <p class="help" aria-live="polite">
          {m.sensitivity.computing}
        </p>
      )}
    </section>
  );
}
