/**
 * Enumerations of functions/core repeated here as plain arrays: importing them from functions/core would pull zod
 * (which those modules use at load time) into the bundle. Types still come from functions/core, so a change there
 * fails the type check here.
 */
import type { Answer } from "../../../functions/core/assessment.ts";
import type { Horizon, ReformArea } from "../../../functions/core/instrument/schema.ts";

export const horizons: readonly Horizon[] = ["0-6", "6-18", "18-36"];
export const reformAreas: readonly ReformArea[] = ["public-information", "bureaucratic", "training"];
export const evidenceGrades: readonly NonNullable<Answer["evidence"]>[] = [
  "self-declared",
  "documented",
  "externally-verified",
];
export const visibilities = ["private", "pooled", "public"] as const;
