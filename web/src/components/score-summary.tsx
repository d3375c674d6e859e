import type { Instrument } from "#core/instrument/schema.ts";
import type { ReportFigures } from "../api/types.ts";
import { formatNumber, lt, m } from "../i18n/index.ts";
import { BarChart } from "./bar-chart.tsx";
import { DataTable } from "./data-table.tsx";
import { indicatorTitle } from "./flags-levers.tsx";
import { stageName, weakestDimension } from "./report-headline.tsx";

/** The plausible range of a dimension's index, once the method's sensitivity analysis reports one. */
export function intervalOf(d: ReportFigures["dimensions"][number]): [number, number] | null {
  return d.interval ?? null;
}

/** Each dimension's index as a bar, with its plausible range: figures from the report, never recomputed here. */
export function DimensionBars({ instrument, report }: { instrument: Instrument; report: ReportFigures }) {
  const title = (id: string) => lt(instrument.dimensions.find((d) => d.id === id)?.title) || id;
  return (
    <BarChart
      title={m.results.chart}
      bars={report.dimensions.map((d) => ({
        key: d.dimensionId,
        label: title(d.dimensionId),
        value: d.index,
        band: intervalOf(d),
      }))}
    />
  );
}

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? m.results.none : `${Math.round(v * 100)}%`;

/** The five headline figures, each with what it means beside it. */
export function Overall({ report, instrument }: { report: ReportFigures; instrument: Instrument }) {
  const o = report.overall;
  const weakest = weakestDimension(instrument, report);
  const stage = o.stage === null ? m.results.none : `${o.stage} / 5`;
  const items: [string, string, string, string][] = [
    [
      "stage",
      m.results.stage,
      o.stage === null ? stage : `${stage} · ${stageName(instrument, report, o.stage)}`,
      m.report.stageHelp,
    ],
    ["mean", m.results.mean, `${formatNumber(o.mean)} / 100`, m.report.meanHelp],
    [
      "floor",
      m.results.floor,
      weakest ? `${formatNumber(o.floor)} · ${weakest.title}` : m.results.none,
      m.report.floorHelp,
    ],
    ["to-target", m.results.toTarget, pct(o.percentToTarget), m.report.toTargetHelp],
    ["coverage", m.results.coverage, pct(o.coverage), m.report.coverageHelp],
  ];
  if (o.verifiedShare !== undefined) {
    const stageOf = (v: number | null | undefined) => (v === null || v === undefined ? m.results.none : String(v));
    items.push(
      ["verified-share", m.evidence.verifiedShare, pct(o.verifiedShare), ""],
      ["claimed-stage", m.evidence.claimedStage, stageOf(o.claimedStage), ""],
      ["verified-stage", m.evidence.verifiedStage, stageOf(o.verifiedStage), ""],
    );
  }
  return (
    <dl class="overall-figures">
      {items.map(([key, k, v, help]) => (
        <div key={key}>
          <dt>{k}</dt>
          <dd>{v}</dd>
          {help && <dd class="help">{help}</dd>}
        </div>
      ))}
    </dl>
  );
}

export function DimensionTable({ instrument, report }: { instrument: Instrument; report: ReportFigures }) {
  const title = (id: string) => lt(instrument.dimensions.find((d) => d.id === id)?.title) || id;
  return (
    <figure class="dimensions">
      <DimensionBars instrument={instrument} report={report} />
      <DataTable
        caption={m.results.chart}
        rowHeader={{
          key: "dimension",
          header: m.results.dimension,
          cell: (d) => (
            <>
              {title(d.dimensionId)}
              {d.cappedBy.map((c) => (
                <span key={c.indicatorId} class="help block capped">
                  {m.results.cappedBy(indicatorTitle(instrument, c.indicatorId), c.minLevel)}
                </span>
              ))}
            </>
          ),
          csv: (d) => title(d.dimensionId),
        }}
        columns={[
          { key: "index", header: m.results.index, num: true, cell: (d) => formatNumber(d.index), csv: (d) => d.index },
          {
            key: "stage",
            header: m.results.stage,
            num: true,
            cell: (d) => d.stage ?? m.results.none,
            csv: (d) => d.stage,
          },
          {
            key: "coverage",
            header: m.results.coverage,
            num: true,
            cell: (d) => pct(d.coverage),
            csv: (d) => d.coverage,
          },
        ]}
        rows={report.dimensions}
        rowKey={(d) => d.dimensionId}
        csvName="reengage-dimensions"
      />
    </figure>
  );
}
