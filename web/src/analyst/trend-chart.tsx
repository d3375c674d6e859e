import type { CohortStats } from "../api/types.ts";
import { type Column, DataTable } from "../components/data-table.tsx";
import { formatNumber, m } from "../i18n/index.ts";

const W = 720;
const H = 300;
const LEFT = 44;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 36;
const TICKS = [0, 25, 50, 75, 100];
export const colours = ["#1a4f8b", "#8a5300", "#1d6b35", "#6a2c91", "#a51d24"];
const markers = ["circle", "square", "diamond", "triangle", "cross"] as const;

type Trend = NonNullable<CohortStats["trend"]>;

const meanOf = (point: Trend[number], id: string) => point.dimensions?.find((d) => d.dimensionId === id)?.mean;

/** A point marker whose shape, not only its colour, tells the series apart. */
function Marker({ x, y, k }: { x: number; y: number; k: number }) {
  const fill = colours[k % colours.length];
  const shape = markers[k % markers.length];
  if (shape === "square") return <rect x={x - 4} y={y - 4} width="8" height="8" fill={fill} />;
  if (shape === "diamond")
    return <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} fill={fill} />;
  if (shape === "triangle") return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} fill={fill} />;
  return <circle cx={x} cy={y} r="4.5" fill={fill} />;
}

/**
 * Mean index per dimension over cycles: a full-width chart with a grid every 25 points, each value printed beside
 * its point, a legend in the page's own text size, and the same figures as a table (with CSV) below.
 */
export function TrendChart({ trend, labels }: { trend: Trend; labels: Record<string, string> }) {
  const cycles = trend.map((t) => t.cycle);
  const lo = Math.min(...cycles);
  const span = Math.max(1, Math.max(...cycles) - lo);
  const px = (c: number) => LEFT + ((W - LEFT - RIGHT) * (c - lo)) / span;
  const py = (v: number) => H - BOTTOM - ((H - TOP - BOTTOM) * v) / 100;
  const ids = Object.keys(labels);
  const columns: Column<Trend[number]>[] = ids.map((id) => ({
    key: id,
    header: labels[id] ?? id,
    num: true,
    cell: (t) => (t.suppressed ? m.analyst.hidden : formatNumber(meanOf(t, id), 1)),
    csv: (t) => meanOf(t, id) ?? null,
  }));
  return (
    <>
      <figure class="trend-figure">
        <svg class="trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tr-t tr-d">
          <title id="tr-t">{m.analyst.trends}</title>
          <desc id="tr-d">{m.analyst.trendDesc}</desc>
          {TICKS.map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={W - RIGHT} y1={py(v)} y2={py(v)} stroke="#c9ced6" stroke-width="1" />
              <text x={LEFT - 8} y={py(v) + 5} font-size="14" text-anchor="end" fill="#4a5260">
                {v}
              </text>
            </g>
          ))}
          {cycles.map((c) => (
            <text key={c} x={px(c)} y={H - BOTTOM + 24} font-size="14" text-anchor="middle" fill="#1b1f24">
              {c}
            </text>
          ))}
          {ids.map((id, k) => {
            const pts = trend
              .map((t) => ({ c: t.cycle, v: meanOf(t, id) }))
              .filter((p): p is { c: number; v: number } => typeof p.v === "number");
            return (
              <g key={id}>
                <polyline
                  points={pts.map((p) => `${px(p.c)},${py(p.v)}`).join(" ")}
                  fill="none"
                  stroke={colours[k % colours.length]}
                  stroke-width="2.5"
                />
                {pts.map((p) => (
                  <g key={p.c}>
                    <Marker x={px(p.c)} y={py(p.v)} k={k} />
                    <text x={px(p.c) + 8} y={py(p.v) - 8} font-size="13" fill={colours[k % colours.length]}>
                      {formatNumber(p.v, 0)}
                    </text>
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul class="legend">
            {ids.map((id, k) => (
              <li key={id}>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  <Marker x={8} y={8} k={k} />
                </svg>{" "}
                {labels[id]}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <DataTable
        caption={m.analyst.trendCaption}
        rowHeader={{ key: "cycle", header: m.analyst.cycle, cell: (t) => t.cycle }}
        columns={[{ key: "n", header: "n", num: true, cell: (t) => t.n ?? "", csv: (t) => t.n }, ...columns]}
        rows={trend}
        rowKey={(t) => String(t.cycle)}
        csvName="reengage-cohort-trend"
      />
    </>
  );
}
