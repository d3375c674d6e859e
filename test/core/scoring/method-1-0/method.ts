import type { Stage } from "./types.ts";

/** Version of the scoring method; stored with every score so old reports can be told apart. */
export const METHOD_VERSION = "1.0.0";

/** Index a dimension needs for each stage, stage 1 first. */
export const STAGE_THRESHOLDS: readonly number[] = [0, 20, 40, 60, 80];

export const STAGES: readonly Stage[] = [1, 2, 3, 4, 5];

/** Points a raised red flag weighs in recommendation priority, on the scale of weight × level gap. */
export const RED_FLAG_SEVERITY = { HIGH: 6, MEDIUM: 3 } as const;

/** A profile-triggered recommendation is relevant but closes no measured gap. */
export const PROFILE_SEVERITY = 1;

/** Gate indicators cap stages, so closing them is worth twice an ordinary gap. */
export const GATE_SEVERITY_FACTOR = 2;

/** Bonus per triggered recommendation that waits on this one. */
export const DEPENDENT_BONUS = 0.25;

export const TOP_LEVER_COUNT = 5;

const POWERS_OF_TEN: readonly number[] = [1, 10, 100, 1000, 10000];

/** Rounds half away from zero to `digits` decimals, so reports are stable and recomputable by hand. */
export function roundTo(value: number, digits: number): number {
  // A table spares a power per call; its entries equal 10 ** digits exactly.
  const factor = POWERS_OF_TEN[digits] ?? 10 ** digits;
  return Math.round(value * factor) / factor;
}
