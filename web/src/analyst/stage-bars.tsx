import type { DimensionStats } from "../api/types.ts";
import { m } from "../i18n/index.ts";

const W = 560;
const LEFT = 170;
const ROW = 34;
const STAGES = ["1", "2", "3", "4", "5"];
const fills = ["#a51d24", "#c8691c", "#d9b44a", "#6f9fcf", "#1a4f8b"];

/** Share of countries at each stage, one stacked bar per dimension; the table beside it gives the counts. */
export function StageBars({ dims, title }: { dims: DimensionStats[]; title: (id: string) => string }) {
  const shown = dims.filter((d) => !d.suppressed && d.stages);
  const h = shown.length * ROW + 40;
  return (
    <svg class="stagebars" viewBox={`0 0 ${W} ${h}`} width={W} height={h} role="img" aria-labelledby="sb-t">
      <title id="sb-t">{m.analyst.stages}</title>
      {shown.map((d, i) => {
        const counts = STAGES.map((s) => d.stages?.[s] ?? 0);
        const total = counts.reduce((a, b) => a + b, 0) || 1;
        let x = LEFT;
        return (
          <g key={d.dimensionId}>
            <text x={LEFT - 8} y={i * ROW + 20} font-size="12" text-anchor="end" fill="#1b1f24">
              {title(d.dimensionId)}
            </text>
            {counts.map((c, k) => {
              const w = ((W - LEFT - 20) * c) / total;
              const rect = <rect key={STAGES[k]} x={x} y={i * ROW + 6} width={w} height={22} fill={fills[k]} />;
              x += w;
              return rect;
            })}
          </g>
        );
      })}
      {STAGES.map((s, k) => (
        <g key={s}>
          <rect x={LEFT + k * 76} y={h - 22} width={12} height={12} fill={fills[k]} />
          <text x={LEFT + k * 76 + 16} y={h - 12} font-size="11" fill="#1b1f24">
            {m.analyst.stage(s)}
          </text>
        </g>
      ))}
    </svg>
  );
}
