import type { Assessment, Visibility } from "../core/assessment.ts";
import { findInstrument } from "../core/instrument/catalogue.ts";
import { type Publication, publicationOf, restrictVisibility, sameRelease } from "../core/publication.ts";
import type { CohortStats, TrendPoint } from "../core/statistics/cohort-stats.ts";
import { SUPPRESSION_RULES_VERSION } from "../core/statistics/complementary-suppression.ts";
import { builtInCohortIdsOf, materializeBuiltIn } from "../core/statistics/publication-stats.ts";
import { effectiveMinCount } from "../core/statistics/suppression.ts";
import type { AssessmentsRepository } from "./assessments-repository.ts";
import type { SetKey } from "./keys.ts";
import { materializedStats } from "./materialized-stats.ts";
import { publicationSet } from "./publication-set.ts";
import type { SnapshotsRepository } from "./snapshots-repository.ts";
import type { StoreContext } from "./store-context.ts";

export type AssessmentRef = Pick<Assessment, "id" | "country" | "cycle" | "instrumentId" | "instrumentVersion">;

export interface RefreshOptions {
  /** The configured pooled threshold (clamped by effectiveMinCount). */
  minCount: number;
  /** Publish at most this visibility: lets a caller withdraw before the assessment itself changes. */
  cap?: Visibility;
}

export const setKeyOf = (a: Pick<Assessment, "instrumentId" | "instrumentVersion" | "cycle">): SetKey => ({
  instrumentId: a.instrumentId,
  instrumentVersion: a.instrumentVersion,
  cycle: a.cycle,
});

/**
 * Keeps the publication sets and the materialized statistics in step with assessments.
 *
 * Convergence without transactions rests on the set's counter, bumped twice per refresh that recomputes:
 * 1. before reading the assessment, stamping the country's entry, which is written only over an older stamp, so
 *    the entry ends up reflecting the last read of the assessment;
 * 2. after writing the entry and before reading the set; the statistics are written only over an older stamp.
 *    The refresh that bumps last started its read after every earlier entry write, so it sees all of them.
 * An entry stays marked pending until its recompute is written, so after a failed recompute the retry (the
 * client's, or any later refresh of that country) recomputes even though the entry then looks unchanged.
 */
export function publications(ctx: StoreContext, assessments: AssessmentsRepository, snapshots: SnapshotsRepository) {
  const set = publicationSet(ctx);
  const materialized = materializedStats(ctx);

  async function releaseOf(assessment: Assessment, cap?: Visibility): Promise<Publication | undefined> {
    const visibility = restrictVisibility(assessment.visibility, cap);
    if (!assessment.lastSnapshotId || visibility === "private") return undefined;
    return publicationOf(await snapshots.get(assessment.lastSnapshotId), visibility);
  }

  /**
   * Brings the country's entry up to date with its assessment and, unless the entry releases what it released
   * before and that is already in the statistics, recomputes its built-in cohorts.
   */
  async function refresh(ref: AssessmentRef, options: RefreshOptions): Promise<void> {
    const key = setKeyOf(ref);
    const seq = await set.bump(key);
    const assessment = await assessments.get(ref.id);
    const release = await releaseOf(assessment, options.cap);
    const { written, previous, pending } = await set.put(key, assessment.country, seq, release);
    // Not written: a refresh that read the assessment later owns the entry, and recomputes after it.
    if (!written) return;
    if (pending || !sameRelease(previous, release)) {
      await recompute(key, builtInCohortIdsOf(assessment.country), options.minCount);
    }
    await set.settle(key, assessment.country, seq);
  }

  /** Recomputes the named built-in cohorts exactly from the whole set, and writes them unless a later read won. */
  async function recompute(key: SetKey, cohortIds: readonly string[], minCount: number): Promise<void> {
    const instrument = findInstrument(key.instrumentId, key.instrumentVersion);
    if (!instrument || cohortIds.length === 0) return;
    const stamp = {
      setVersion: await set.bump(key),
      minCount: effectiveMinCount(minCount),
      rules: SUPPRESSION_RULES_VERSION,
    };
    const all = await set.list(key);
    const results = materializeBuiltIn({ instrument, cycle: key.cycle, publications: all, cohortIds, minCount });
    await Promise.all(results.map((r) => materialized.put(r.cohortId, key, stamp, r.stats, r.trendPoint)));
  }

  /**
   * A built-in cohort's statistics and trend: one read. Figures stamped with another threshold (the setting
   * changed since) or older suppression rules are recomputed first, so a raised threshold or a stricter rule
   * applies at once, also to figures stored before it.
   */
  async function builtInStats(cohortId: string, key: SetKey, minCount: number) {
    const min = effectiveMinCount(minCount);
    let found = await materialized.read(cohortId, key);
    const outdated = found.trend.some((t) => t.minCount !== min || t.rules !== SUPPRESSION_RULES_VERSION);
    if (outdated) {
      const cycles = new Set([key.cycle, ...found.trend.map((t) => t.point.cycle)]);
      for (const cycle of cycles) await recompute({ ...key, cycle }, [cohortId], minCount);
      found = await materialized.read(cohortId, key);
    }
    const stats: CohortStats = found.stats?.stats ?? { cohortId, suppressed: true };
    const trend: TrendPoint[] = found.trend.map((t) => t.point);
    return { stats, trend };
  }

  return { refresh, recompute, builtInStats, entries: set.list };
}

export type Publications = ReturnType<typeof publications>;
