/** Minimum number of contributing countries a statistic needs before it is released (DESIGN: n ≥ 5). */
export const DEFAULT_MIN_COUNT = 5;

/** No configuration may release a statistic from fewer countries than this (DESIGN: never below 3). */
export const MIN_COUNT_FLOOR = 3;

/** A statistic withheld because too few countries contribute; it deliberately carries no count or value. */
export interface SuppressedCell {
  suppressed: true;
}

/** A released statistic: its contributor count and values. */
export type ReleasedCell<T extends object> = { suppressed: false; n: number } & T;

/** Either a withheld or a released statistic. */
export type Cell<T extends object> = SuppressedCell | ReleasedCell<T>;

/**
 * The minimum count actually enforced: the configured value rounded up to a whole number of countries and
 * clamped to at least {@link MIN_COUNT_FLOOR}; {@link DEFAULT_MIN_COUNT} when the setting is missing or NaN.
 * (+Infinity is kept: it suppresses everything, which is the safe reading of a huge setting.)
 */
export function effectiveMinCount(configured: number | undefined = DEFAULT_MIN_COUNT): number {
  if (Number.isNaN(configured)) return DEFAULT_MIN_COUNT;
  return Math.max(MIN_COUNT_FLOOR, Math.ceil(configured));
}

/**
 * Releases `build()` with its count when `n` countries reach the threshold, else `{ suppressed: true }` alone.
 * The threshold passes through {@link effectiveMinCount} here so that no caller can release below the floor,
 * and `build` runs only when released so suppressed values are never even computed.
 *
 * @param n - number of distinct countries contributing a value
 * @param minCount - configured minimum count
 */
export function suppressCell<T extends object & { suppressed?: never; n?: never }>(
  n: number,
  minCount: number,
  build: () => T,
): Cell<T> {
  if (!(n >= effectiveMinCount(minCount))) return { suppressed: true };
  return { suppressed: false, n, ...build() };
}
