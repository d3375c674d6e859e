import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import type { ScoreReport } from "../api/types.ts";
import { formatNumber, lt, m } from "../i18n/index.ts";
import { indicatorTitle } from "./flags-levers.tsx";
import { RadarChart } from "./radar-chart.tsx";

/** The index each dimension would have if every indicator were at its target. */
export function targetIndex(instrument: Instrument, report: ScoreReport, dimensionId: string): number | null {
  const d = instrument.dimensions.find((x) => x.id === dimensionId);
  if (!d) return null;
  let num = 0;
  let den = 0;
  for (const i of d.indicators) {
    const t = report.targets[i.id];
    if (t === undefined) continue;
    num += i.weight * (t / 3);
    den += i.weight;
  }
  return den > 0 ? (100 * num) / den : null;
}

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? m.results.none : `${Math.round(v * 100)}%`;

export function Overall({ report }: { report: ScoreReport }) {
  const o = report.overall;
  const items: [string, string][] = [
    [m.results.stage, o.stage === null ? m.results.none : String(o.stage)],
    [m.results.mean, formatNumber(o.mean)],
    [m.results.floor, formatNumber(o.floor)],
    [m.results.toTarget, pct(o.percentToTarget)],
    [m.results.coverage, pct(o.coverage)],
  ];
  if (o.verifiedShare !== undefined) {
    const stage = (v: number | null | undefined) => (v === null || v === undefined ? m.results.none : String(v));
    items.push(
      [m.evidence.verifiedShare, pct(o.verifiedShare)],
      [m.evidence.claimedStage, stage(o.claimedStage)],
      [m.evidence.verifiedStage, stage(o.verifiedStage)],
    );
  }
  return (
    <dl class="overall-figures">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DimensionTable({ instrument, report }: { instrument: Instrument; report: ScoreReport }) {
  const title = (id: string) => lt(instrument.dimensions.find((d) => d.id === id)?.title) || id;
  return (
    <figure class="dimensions">
      <RadarChart
        title={m.results.chart}
        desc={m.results.chartDesc}
        axes={report.dimensions.map((d) => ({
          label: title(d.dimensionId),
          value: d.index,
          target: targetIndex(instrument, report, d.dimensionId),
        }))}
      />
      <table class="data">
        <caption>{m.results.chart}</caption>
        <thead>
          <tr>
            <th scope="col">{m.results.dimension}</th>
            <th scope="col" class="num">
              {m.results.index}
            </th>
            <th scope="col" class="num">
              {m.results.target}
            </th>
            <th scope="col" class="num">
              {m.results.stage}
            </th>
            <th scope="col" class="num">
              {m.results.coverage}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.dimensions.map((d) => (
            <tr key={d.dimensionId}>
              <th scope="row">
                {title(d.dimensionId)}
                {d.cappedBy.map((c) => (
                  <span key={c.indicatorId} class="help block capped">
                    {m.results.cappedBy(indicatorTitle(instrument, c.indicatorId), c.minLevel)}
                  </span>
                ))}
              </th>
              <td class="num">{formatNumber(d.index)}</td>
              <td class="num">{formatNumber(targetIndex(instrument, report, d.dimensionId))}</td>
              <td class="num">{d.stage ?? m.results.none}</td>
              <td class="num">{pct(d.coverage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
