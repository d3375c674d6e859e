/** Summary of a sample; every statistic is null when the sample is empty. */
export interface Description {
  n: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Sums with Neumaier's compensated summation, so that long samples of small fractions (levels/3, indices)
 * do not accumulate rounding drift and the result does not depend on input order beyond one rounding.
 */
function compensatedSum(values: readonly number[], scale = 1): number {
  let sum = 0;
  let compensation = 0;
  for (const raw of values) {
    const x = raw / scale;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Arithmetic mean of a non-empty sorted sample, kept inside [min, max].
 * Dividing each term first is the fallback when the plain sum overflows (values near ±1.8e308); the clamp
 * absorbs the last-ulp rounding that can otherwise put the mean of equal values just outside their range.
 */
function sortedMean(sorted: readonly number[]): number {
  const n = sorted.length;
  const sum = compensatedSum(sorted);
  const mean = Number.isFinite(sum) ? sum / n : compensatedSum(sorted, n);
  return clamp(mean, sorted[0]!, sorted[n - 1]!);
}

/**
 * Quantile `p` (0–1) of a non-empty ascending sample by Hyndman & Fan type 7 — the default of R's
 * `quantile()` and NumPy's `percentile()`: position h = (n − 1)·p (0-based), then linear interpolation between
 * the order statistics at ⌊h⌋ and ⌈h⌉.
 *
 * @param sorted - ascending, finite, non-empty
 * @param p - probability in [0, 1]
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0 || !(p >= 0 && p <= 1)) throw new RangeError("quantile needs a sample and 0 ≤ p ≤ 1");
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.ceil(h)]!;
  const f = h - lo;
  // The difference form is exact at the ends; the weighted form avoids overflow when b − a exceeds the range.
  const direct = a + f * (b - a);
  const q = Number.isFinite(direct) ? direct : a * (1 - f) + b * f;
  // Rounding must never move a quantile past its bracketing order statistics, or q1 ≤ median could break.
  return clamp(q, a, b);
}

/**
 * Describes a sample: n, mean, median, first and third quartiles (type 7, see {@link quantileSorted}),
 * min and max. The input is not mutated (a sorted copy is used).
 *
 * @throws RangeError when a value is not a finite number
 */
export function describe(values: readonly number[]): Description {
  if (!values.every(Number.isFinite)) throw new RangeError("describe needs finite numbers");
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, q1: null, q3: null, min: null, max: null };
  // -0 and 0 compare equal, so normalize them to keep the output independent of input order.
  const sorted = values.map((x) => x + 0).sort((x, y) => x - y);
  return {
    n,
    mean: sortedMean(sorted),
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[n - 1]!,
  };
}

/** Shifts the decimal exponent through the string form, which sidesteps binary errors such as 1.005 × 100. */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Rounds half away from zero to `digits` decimal places (0–15), as people expect from a printed report:
 * round(1.005, 2) = 1.01, round(-2.5, 0) = -3. Never returns -0.
 */
export function round(x: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) throw new RangeError("digits must be 0–15");
  const shifted = shiftDecimal(Math.abs(x), digits);
  // Beyond 2^53 a double has no fractional part left at this precision (this also passes ±Infinity through).
  if (!(shifted < Number.MAX_SAFE_INTEGER)) return x;
  const magnitude = shiftDecimal(Math.round(shifted), -digits);
  return x < 0 && magnitude !== 0 ? -magnitude : magnitude;
}
