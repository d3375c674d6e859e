export interface RadarAxis {
  label: string;
  value: number | null;
  target: number | null;
}

const SIZE = 320;
const C = SIZE / 2;
const R = 110;

function point(i: number, n: number, v: number): [number, number] {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [C + Math.cos(a) * R * (v / 100), C + Math.sin(a) * R * (v / 100)];
}

const poly = (vals: number[]) => vals.map((v, i) => point(i, vals.length, v).map((x) => x.toFixed(1)).join(",")).join(" ");

/** Radar chart of dimension indices (0–100) against targets; the page gives a table with the same figures. */
export function RadarChart({ axes, title, desc }: { axes: RadarAxis[]; title: string; desc: string }) {
  const n = axes.length;
  return (
    <svg class="radar" viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-labelledby="radar-t radar-d">
      <title id="radar-t">{title}</title>
      <desc id="radar-d">{desc}</desc>
      {[20, 40, 60, 80, 100].map((r) => (
        <polygon key={r} points={poly(axes.map(() => r))} fill="none" stroke="#c9ced6" stroke-width="1" />
      ))}
      {axes.map((a, i) => {
        const [x, y] = point(i, n, 100);
        const [lx, ly] = point(i, n, 122);
        const anchor = Math.abs(lx - C) < 5 ? "middle" : lx > C ? "start" : "end";
        return (
          <g key={a.label}>
            <line x1={C} y1={C} x2={x} y2={y} stroke="#8a929e" stroke-width="1" />
            <text x={lx} y={ly} text-anchor={anchor} dominant-baseline="middle" font-size="12" fill="#1b1f24">
              {a.label}
            </text>
          </g>
        );
      })}
      {axes.every((a) => a.target !== null) && (
        <polygon points={poly(axes.map((a) => a.target ?? 0))} fill="none" stroke="#8a5300" stroke-width="2" stroke-dasharray="6 4" />
      )}
      <polygon points={poly(axes.map((a) => a.value ?? 0))} fill="#1a4f8b" fill-opacity="0.25" stroke="#1a4f8b" stroke-width="2.5" />
      {axes.map((a, i) => {
        const [x, y] = point(i, n, a.value ?? 0);
        return <circle key={a.label} cx={x} cy={y} r="4" fill="#1a4f8b" />;
      })}
    </svg>
  );
}
