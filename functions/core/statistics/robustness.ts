import type { Snapshot } from "../assessment.ts";
import { findInstrument } from "../instrument/catalogue.ts";
import { roundTo } from "../rounding.ts";
import { seedFrom } from "../scoring/seeded-random.ts";
import { SENSITIVITY_DRAWS, sensitivity } from "../scoring/sensitivity.ts";
import { type Cell, suppressCell } from "./suppression.ts";

/** A headline stage is robust when one stage holds in at least this share of plausible methods (METHODOLOGY §11). */
export const ROBUST_STAGE_SHARE = 0.8;

/** Share of a cohort's countries whose headline stage is robust, over those whose robustness is known. */
export type RobustnessStats = Cell<{ robustShare: number }>;

/**
 * The share of plausible methods in which the snapshot's headline lands on its most frequent stage: the sensitivity
 * analysis the country's own page shows (same draws, seeded by the assessment and the version submitted). Undefined
 * for snapshots scored under method 1.0, whose stages follow other rules.
 */
export function headlineRobustness(snapshot: Snapshot): number | undefined {
  const instrument = findInstrument(snapshot.instrumentId, snapshot.instrumentVersion);
  if (snapshot.score.methodVersion !== "1.1.0" || instrument === undefined) return undefined;
  const seed = seedFrom(`${snapshot.assessmentId}:${snapshot.assessmentVersion}`);
  const { headline } = sensitivity(instrument, snapshot.answers, snapshot.profile, { draws: SENSITIVITY_DRAWS, seed });
  return Math.max(...Object.values(headline.stageProbabilities));
}

/** What a statistics row says of its headline's robustness, when known. */
export interface RobustnessOfRow {
  headlineRobustness?: number;
}

/** Whether the row says how robust its headline is (and so counts in the robustness figure). */
export const hasRobustness = (row: RobustnessOfRow): boolean => row.headlineRobustness !== undefined;

/**
 * The share of countries whose headline stage is robust, among the rows that carry their robustness; withheld,
 * like any figure, when fewer than `minCount` countries contribute.
 */
export function robustnessOf(rows: readonly RobustnessOfRow[], minCount: number): RobustnessStats {
  const shares = rows.flatMap((r) => (r.headlineRobustness === undefined ? [] : [r.headlineRobustness]));
  return suppressCell(shares.length, minCount, () => ({
    robustShare: roundTo(shares.filter((s) => s >= ROBUST_STAGE_SHARE).length / shares.length, 4),
  }));
}
