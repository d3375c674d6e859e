import type { Level } from "../instrument/schema.ts";
import type { Stage } from "../scoring/types.ts";

/** Count of countries per stage 1–5. */
export type StageDistribution = Record<"1" | "2" | "3" | "4" | "5", number>;

/** Count of countries per answered level 0–3. */
export type LevelDistribution = Record<"0" | "1" | "2" | "3", number>;

/**
 * Counts stages 1–5, ignoring nulls (dimensions with no counted indicator), so the counts sum to the
 * number of non-null stages. Every key is present, zero or not, so consumers can chart a fixed axis.
 */
export function stageDistribution(stages: readonly (Stage | null)[]): StageDistribution {
  const counts: StageDistribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const stage of stages) {
    if (stage !== null) counts[`${stage}`] += 1;
  }
  return counts;
}

/** Counts answered levels 0–3; every key is present so the distribution has a fixed axis. */
export function levelDistribution(levels: readonly Level[]): LevelDistribution {
  const counts: LevelDistribution = { "0": 0, "1": 0, "2": 0, "3": 0 };
  for (const level of levels) counts[`${level}`] += 1;
  return counts;
}
