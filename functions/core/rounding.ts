/** Rounds half away from zero to `digits` decimals, so reports are stable and recomputable by hand. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
