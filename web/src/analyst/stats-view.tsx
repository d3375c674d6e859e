import type { Instrument } from "#core/instrument/schema.ts";
import type { CohortStats, DimensionStats, IndicatorStats } from "../api/types.ts";
import { type Column, DataTable } from "../components/data-table.tsx";
import { indicatorTitle } from "../components/flags-levers.tsx";
import { formatNumber, lt, m } from "../i18n/index.ts";
import { BoxPlot } from "./box-plot.tsx";
import { StageBars } from "./stage-bars.tsx";
import { TrendChart } from "./trend-chart.tsx";

const STAGES = ["1", "2", "3", "4", "5"];
const LEVELS = ["0", "1", "2", "3"];

function Suppressed() {
  return <span class="suppressed">{m.analyst.suppressed}</span>;
}

function DimensionSummary({ dims, title }: { dims: DimensionStats[]; title: (id: string) => string }) {
  const figures: [string, string, (d: DimensionStats) => number | null | undefined][] = [
    ["min", m.analyst.min, (d) => d.index?.min],
    ["q1", m.analyst.q1, (d) => d.index?.q1],
    ["median", m.analyst.median, (d) => d.index?.median],
    ["q3", m.analyst.q3, (d) => d.index?.q3],
    ["max", m.analyst.max, (d) => d.index?.max],
    ["mean", m.analyst.mean, (d) => d.index?.mean],
  ];
  const columns: Column<DimensionStats>[] = [
    ...figures.map(
      ([key, header, get]): Column<DimensionStats> => ({
        key,
        header,
        num: true,
        cell: (d) => formatNumber(get(d), 1),
        csv: (d) => get(d),
      }),
    ),
    ...STAGES.map(
      (s): Column<DimensionStats> => ({
        key: `stage-${s}`,
        header: m.analyst.stage(s),
        num: true,
        cell: (d) => d.stages?.[s] ?? 0,
      }),
    ),
  ];
  return (
    <DataTable
      caption={m.analyst.distributionCaption}
      rowHeader={{
        key: "dimension",
        header: m.results.dimension,
        cell: (d) => (
          <>
            {title(d.dimensionId)} {d.n !== undefined && <span class="help block">{m.analyst.n(d.n)}</span>}
          </>
        ),
        csv: (d) => title(d.dimensionId),
      }}
      columns={[{ key: "n", header: "n", num: true, cell: (d) => d.n ?? "", csv: (d) => d.n }, ...columns]}
      rows={dims}
      rowKey={(d) => d.dimensionId}
      spanRow={(d) => (d.suppressed || !d.index ? <Suppressed /> : undefined)}
      csvName="reengage-cohort-dimensions"
    />
  );
}

/** Share of the answered levels, 0–1; null when nothing is known. */
function share(r: IndicatorStats, level: string): number | null {
  const total = r.n ?? LEVELS.reduce((sum, l) => sum + (r.levels?.[l] ?? 0), 0);
  return total > 0 ? (r.levels?.[level] ?? 0) / total : null;
}

/** Five steps of a sequential colour scale for a share. */
const heat = (v: number | null) => (v === null ? undefined : `heat heat-${Math.min(4, Math.floor(v * 5))}`);
const percent = (v: number | null) => (v === null ? m.results.none : `${Math.round(v * 100)} %`);

function IndicatorTable({
  dimension,
  instrument,
  cohortN,
}: {
  dimension: DimensionStats;
  instrument: Instrument;
  cohortN: number | undefined;
}) {
  const noLevel = (r: IndicatorStats) => (cohortN && r.n !== undefined ? Math.max(0, cohortN - r.n) / cohortN : null);
  const columns: Column<IndicatorStats>[] = [
    { key: "n", header: "n", num: true, cell: (r) => r.n ?? "", csv: (r) => r.n },
    ...LEVELS.map(
      (l): Column<IndicatorStats> => ({
        key: `level-${l}`,
        header: m.analyst.levelsHead(l),
        num: true,
        cell: (r) => percent(share(r, l)),
        csv: (r) => share(r, l),
        cellClass: (r) => heat(share(r, l)),
      }),
    ),
    {
      key: "no-level",
      header: m.analyst.noLevel,
      num: true,
      cell: (r) => percent(noLevel(r)),
      csv: (r) => noLevel(r),
      cellClass: (r) => heat(noLevel(r)),
    },
  ];
  const dimensionTitle = lt(instrument.dimensions.find((d) => d.id === dimension.dimensionId)?.title);
  return (
    <DataTable
      caption={m.analyst.indicatorsCaptionOf(dimensionTitle || dimension.dimensionId)}
      rowHeader={{
        key: "indicator",
        header: m.merge.indicator,
        cell: (r) => indicatorTitle(instrument, r.indicatorId),
      }}
      columns={columns}
      rows={dimension.indicators}
      rowKey={(r) => r.indicatorId}
      spanRow={(r) => (r.suppressed ? <Suppressed /> : undefined)}
      csvName={`reengage-cohort-indicators-${dimension.dimensionId}`}
    />
  );
}

export function StatsView({ stats, instrument }: { stats: CohortStats; instrument: Instrument }) {
  const title = (id: string) => lt(instrument.dimensions.find((d) => d.id === id)?.title) || id;
  if (stats.suppressed || !stats.dimensions)
    return (
      <p class="banner warn" data-testid="suppressed">
        {m.analyst.suppressedAll(stats.minN)}
      </p>
    );
  const dims = stats.dimensions;
  const labels = Object.fromEntries(instrument.dimensions.map((d) => [d.id, lt(d.title)]));
  return (
    <div class="stats" data-testid="cohort-stats">
      <h2>{m.analyst.distribution}</h2>
      {stats.n !== undefined && <p>{m.analyst.n(stats.n)}</p>}
      <figure>
        <BoxPlot
          rows={dims.map((d) => ({ label: title(d.dimensionId), summary: d.suppressed ? null : (d.index ?? null) }))}
        />
      </figure>
      <h2>{m.analyst.stages}</h2>
      <figure>
        <StageBars dims={dims} title={title} />
      </figure>
      <DimensionSummary dims={dims} title={title} />
      <h2>{m.analyst.trends}</h2>
      {stats.trend && stats.trend.length > 1 ? (
        <TrendChart trend={stats.trend} labels={labels} />
      ) : (
        <p>{m.analyst.noTrend}</p>
      )}
      <h2>{m.analyst.indicators}</h2>
      <p class="help">{m.analyst.indicatorsHelp}</p>
      {dims.map((d) => (
        <IndicatorTable key={d.dimensionId} dimension={d} instrument={instrument} cohortN={stats.n} />
      ))}
    </div>
  );
}
