import type { CohortStats } from "../api/types.ts";
import { m } from "../i18n/index.ts";

const W = 560;
const H = 220;
const PAD = 40;
export const colours = ["#1a4f8b", "#8a5300", "#1d6b35", "#6a2c91", "#a51d24"];

/** Mean index per dimension over cycles, as lines; suppressed cycles leave a gap. */
export function TrendChart({
  trend,
  labels,
}: {
  trend: NonNullable<CohortStats["trend"]>;
  labels: Record<string, string>;
}) {
  const cycles = trend.map((t) => t.cycle);
  const lo = Math.min(...cycles);
  const span = Math.max(1, Math.max(...cycles) - lo);
  const px = (c: number) => PAD + ((W - 2 * PAD) * (c - lo)) / span;
  const py = (v: number) => H - PAD - ((H - 2 * PAD) * v) / 100;
  const ids = Object.keys(labels);
  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="tr-t tr-d">
      <title id="tr-t">{m.analyst.trends}</title>
      <desc id="tr-d">{m.analyst.trendDesc}</desc>
      {[0, 50, 100].map((v) => (
        <text key={v} x={PAD - 6} y={py(v) + 4} font-size="11" text-anchor="end" fill="#4a5260">
          {v}
        </text>
      ))}
      {cycles.map((c) => (
        <text key={c} x={px(c)} y={H - PAD + 16} font-size="11" text-anchor="middle" fill="#4a5260">
          {c}
        </text>
      ))}
      {ids.map((id, k) => {
        const pts = trend
          .map((t) => ({ c: t.cycle, v: t.dimensions?.find((d) => d.dimensionId === id)?.mean }))
          .filter((p): p is { c: number; v: number } => typeof p.v === "number");
        return (
          <g key={id}>
            <polyline
              points={pts.map((p) => `${px(p.c)},${py(p.v)}`).join(" ")}
              fill="none"
              stroke={colours[k % 5]}
              stroke-width="2"
            />
            {pts.map((p) => (
              <circle key={p.c} cx={px(p.c)} cy={py(p.v)} r="3.5" fill={colours[k % 5]} />
            ))}
            <text x={PAD + k * 170} y={14} font-size="11" fill={colours[k % 5]}>
              {labels[id]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
