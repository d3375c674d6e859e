import { m } from "../i18n/index.ts";

export interface RadarAxis {
  label: string;
  value: number | null;
  target: number | null;
}

const W = 420;
const H = 380;
const CX = W / 2;
const CY = 180;
const R = 120;

function point(i: number, n: number, v: number): [number, number] {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CX + Math.cos(a) * R * (v / 100), CY + Math.sin(a) * R * (v / 100)];
}

const poly = (vals: number[]) =>
  vals
    .map((v, i) =>
      point(i, vals.length, v)
        .map((x) => x.toFixed(1))
        .join(","),
    )
    .join(" ");

function Legend() {
  return (
    <g font-size="12" fill="#1b1f24">
      <line x1={20} y1={H - 14} x2={44} y2={H - 14} stroke="#1a4f8b" stroke-width="3" />
      <text x={50} y={H - 10}>
        {m.results.current}
      </text>
      <line x1={150} y1={H - 14} x2={174} y2={H - 14} stroke="#8a5300" stroke-width="2" stroke-dasharray="6 4" />
      <text x={180} y={H - 10}>
        {m.results.target}
      </text>
    </g>
  );
}

/** Radar chart of dimension indices (0–100) against targets; the page gives a table with the same figures. */
export function RadarChart({ axes, title, desc }: { axes: RadarAxis[]; title: string; desc: string }) {
  const n = axes.length;
  return (
    <svg class="radar" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="radar-t radar-d">
      <title id="radar-t">{title}</title>
      <desc id="radar-d">{desc}</desc>
      {[20, 40, 60, 80, 100].map((r) => (
        <polygon key={r} points={poly(axes.map(() => r))} fill="none" stroke="#c9ced6" stroke-width="1" />
      ))}
      {axes.map((a, i) => {
        const [x, y] = point(i, n, 100);
        const [lx, ly] = point(i, n, 112);
        return (
          <g key={a.label}>
            <line x1={CX} y1={CY} x2={x} y2={y} stroke="#8a929e" stroke-width="1" />
            <text x={lx} y={ly < CY ? ly - 6 : ly + 14} text-anchor="middle" font-size="13" fill="#1b1f24">
              {a.label}
            </text>
          </g>
        );
      })}
      {axes.every((a) => a.target !== null) && (
        <polygon
          points={poly(axes.map((a) => a.target ?? 0))}
          fill="none"
          stroke="#8a5300"
          stroke-width="2"
          stroke-dasharray="6 4"
        />
      )}
      <polygon
        points={poly(axes.map((a) => a.value ?? 0))}
        fill="#1a4f8b"
        fill-opacity="0.25"
        stroke="#1a4f8b"
        stroke-width="2.5"
      />
      {axes.map((a, i) => {
        const [x, y] = point(i, n, a.value ?? 0);
        return <circle key={a.label} cx={x} cy={y} r="4" fill="#1a4f8b" />;
      })}
      <Legend />
    </svg>
  );
}
