import type { Instrument, ReportFigures, ScoreReport } from "../api/types.ts";
import { formatNumber, lt, m } from "../i18n/index.ts";
import { href } from "../router.ts";

/** The stage's name: the report's own once the method sends it, else the instrument's descriptor. */
export function stageName(instrument: Instrument, report: ReportFigures, stage: number | null): string {
  if (stage === null) return "";
  // The instrument's name in the reader's language first: a stored or public report holds the name in the language
  // it was computed in (public profiles: English).
  const named = instrument.stages?.find((s) => s.stage === stage)?.name;
  if (named) return lt(named);
  const fromReport = (report.overall as { stageName?: string | null }).stageName;
  return fromReport && stage === report.overall.stage ? fromReport : "";
}

/** The dimension with the lowest index, by name. */
export function weakestDimension(instrument: Instrument, report: ReportFigures) {
  const scored = report.dimensions.filter((d) => d.index !== null);
  if (scored.length === 0) return undefined;
  const weakest = scored.reduce((a, b) => ((b.index ?? 0) < (a.index ?? 0) ? b : a));
  const title = lt(instrument.dimensions.find((d) => d.id === weakest.dimensionId)?.title) || weakest.dimensionId;
  return { title, index: weakest.index ?? 0 };
}

const percent = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100));

/** One sentence a minister can read: stage by name, the weakest area by name, and the distance to the target. */
export function Headline({
  country,
  instrument,
  report,
}: {
  country: string;
  instrument: Instrument;
  report: ScoreReport;
}) {
  const o = report.overall;
  const weakest = weakestDimension(instrument, report);
  const stage =
    o.stage === null
      ? m.report.noStage(percent(o.coverage) ?? 0)
      : m.report.atStage(country, o.stage, stageName(instrument, report, o.stage));
  return (
    <p class="headline" data-testid="headline">
      {stage}
      {weakest && ` ${m.report.weakest(weakest.title, formatNumber(weakest.index))}`}
      {` ${m.report.toTarget(percent(o.percentToTarget) ?? 0)}`}
    </p>
  );
}

/** Definitions of every figure on the page, and the stage scale by name. */
export function HowToRead({ instrument }: { instrument: Instrument }) {
  return (
    <details class="how-to-read card">
      <summary>{m.report.howToRead}</summary>
      <p class="help">
        <a href={href("glossary")}>{m.q.glossaryLink}</a>
      </p>
      <dl>
        {m.report.definitions.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {(instrument.stages?.length ?? 0) > 0 && (
        <>
          <p>
            <strong>{m.report.stageScale}</strong>
          </p>
          <ol class="stage-scale">
            {instrument.stages.map((s) => (
              <li key={s.stage}>
                <strong>{lt(s.name)}</strong>: {lt(s.description)}
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
