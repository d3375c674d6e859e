import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import type { CohortStats, DimensionStats } from "../api/types.ts";
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
  return (
    <table class="data">
      <caption>{m.analyst.distributionCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.results.dimension}</th>
          {[m.analyst.min, m.analyst.q1, m.analyst.median, m.analyst.q3, m.analyst.max, m.analyst.mean].map((h) => (
            <th key={h} scope="col" class="num">
              {h}
            </th>
          ))}
          {STAGES.map((s) => (
            <th key={s} scope="col" class="num">
              {m.analyst.stage(s)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dims.map((d) => (
          <tr key={d.dimensionId}>
            <th scope="row">
              {title(d.dimensionId)} {d.n !== undefined && <span class="help block">{m.analyst.n(d.n)}</span>}
            </th>
            {d.suppressed || !d.index ? (
              <td colSpan={11}>
                <Suppressed />
              </td>
            ) : (
              <>
                {[d.index.min, d.index.q1, d.index.median, d.index.q3, d.index.max, d.index.mean].map((v, i) => (
                  <td key={String(i)} class="num">
                    {formatNumber(v, 1)}
                  </td>
                ))}
                {STAGES.map((s) => (
                  <td key={s} class="num">
                    {d.stages?.[s] ?? 0}
                  </td>
                ))}
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function IndicatorTable({ dims, instrument }: { dims: DimensionStats[]; instrument: Instrument }) {
  const rows = dims.flatMap((d) => d.indicators);
  return (
    <table class="data">
      <caption>{m.analyst.indicatorsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.merge.indicator}</th>
          {LEVELS.map((l) => (
            <th key={l} scope="col" class="num">
              {m.analyst.levelsHead(l)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.indicatorId}>
            <th scope="row">{indicatorTitle(instrument, r.indicatorId)}</th>
            {r.suppressed ? (
              <td colSpan={4}>
                <Suppressed />
              </td>
            ) : (
              LEVELS.map((l) => (
                <td key={l} class="num">
                  {r.levels?.[l] ?? 0}
                </td>
              ))
            )}
          </tr>
        ))}
      </tbody>
    </table>
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
      <IndicatorTable dims={dims} instrument={instrument} />
    </div>
  );
}
