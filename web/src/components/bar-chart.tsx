import { formatNumber, m } from "../i18n/index.ts";

/** One bar on a 0–100 scale, with an optional target mark, comparison mark and uncertainty band. */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
  target?: number | null;
  /** A second reference, e.g. the cohort median. */
  reference?: number | null;
  /** Plausible range of the value (from the sensitivity analysis). */
  band?: [number, number] | null;
}

const clamp = (v: number) => Math.max(0, Math.min(100, v));
const at = (v: number) => ({ left: `${clamp(v)}%` });

/**
 * Horizontal bars (a bullet chart): the value is printed beside each bar and the target is a mark, so the chart
 * reads without a legend and in black and white. Positions are set through the CSSOM (allowed by the CSP).
 */
export function BarChart({ bars, title, referenceLabel }: { bars: Bar[]; title: string; referenceLabel?: string }) {
  const hasBand = bars.some((b) => b.band);
  return (
    <figure class="bar-chart">
      <figcaption>{title}</figcaption>
      <ul class="bar-list">
        {bars.map((b) => (
          <li key={b.key}>
            <span class="bar-label">{b.label}</span>
            <span class="bar-track" aria-hidden="true">
              {b.band && (
                <span class="bar-band" style={{ ...at(b.band[0]), width: `${clamp(b.band[1]) - clamp(b.band[0])}%` }} />
              )}
              <span class="bar-fill" style={{ width: `${clamp(b.value ?? 0)}%` }} />
              {b.target != null && <span class="bar-target" style={at(b.target)} />}
              {b.reference != null && <span class="bar-reference" style={at(b.reference)} />}
            </span>
            <span class="bar-value">
              <strong>{formatNumber(b.value)}</strong>
              <span class="help">
                {" / 100"}
                {b.band && ` (${formatNumber(b.band[0])}–${formatNumber(b.band[1])})`}
                {b.target != null && ` · ${m.chart.target} ${formatNumber(b.target)}`}
                {b.reference != null && referenceLabel && ` · ${referenceLabel} ${formatNumber(b.reference)}`}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p class="help bar-legend">
        <span class="key-fill" aria-hidden="true" /> {m.chart.index} <span class="key-target" aria-hidden="true" />{" "}
        {m.chart.target}
        {referenceLabel && (
          <>
            {" "}
            <span class="key-reference" aria-hidden="true" /> {referenceLabel}
          </>
        )}
        {hasBand && (
          <>
            {" "}
            <span class="key-band" aria-hidden="true" /> {m.chart.band}
          </>
        )}
      </p>
    </figure>
  );
}
