import type { Summary5 } from "../api/types.ts";
import { m } from "../i18n/index.ts";

export interface BoxRow {
  label: string;
  summary: Summary5 | null;
}

const W = 560;
const LEFT = 170;
const ROW = 44;
type Full = { [K in keyof Summary5]: number };
const complete = (s: Summary5 | null): Full | null =>
  s && Object.values(s).every((v) => typeof v === "number") ? (s as Full) : null;
const x = (v: number) => LEFT + ((W - LEFT - 20) * Math.max(0, Math.min(100, v))) / 100;

/** Horizontal box plots on a 0–100 scale, one row per dimension; suppressed rows say so. */
export function BoxPlot({ rows }: { rows: BoxRow[] }) {
  const h = rows.length * ROW + 30;
  return (
    <svg class="boxplot" viewBox={`0 0 ${W} ${h}`} width={W} height={h} role="img" aria-labelledby="bp-t bp-d">
      <title id="bp-t">{m.analyst.distribution}</title>
      <desc id="bp-d">{m.analyst.distributionDesc}</desc>
      {[0, 20, 40, 60, 80, 100].map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={0} y2={h - 20} stroke="#dde1e7" />
          <text x={x(t)} y={h - 6} font-size="11" text-anchor="middle" fill="#4a5260">
            {t}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = i * ROW + 22;
        const s = complete(r.summary);
        return (
          <g key={r.label}>
            <text x={LEFT - 8} y={y + 4} font-size="12" text-anchor="end" fill="#1b1f24">
              {r.label}
            </text>
            {s ? (
              <>
                <line x1={x(s.min)} x2={x(s.max)} y1={y} y2={y} stroke="#1b1f24" />
                <rect
                  x={x(s.q1)}
                  y={y - 12}
                  width={Math.max(1, x(s.q3) - x(s.q1))}
                  height={24}
                  fill="#cfe0f3"
                  stroke="#1a4f8b"
                />
                <line x1={x(s.median)} x2={x(s.median)} y1={y - 12} y2={y + 12} stroke="#1a4f8b" stroke-width="3" />
                <circle cx={x(s.mean)} cy={y} r="4" fill="#8a5300" />
              </>
            ) : (
              <text x={LEFT + 4} y={y + 4} font-size="12" fill="#4a5260">
                {m.analyst.suppressed.split(":")[0]}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
