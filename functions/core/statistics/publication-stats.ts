import { findBuiltInCohort, unRegionalGroupOf } from "../cohorts/built-in.ts";
import type { Instrument } from "../instrument/schema.ts";
import { type Publication, type PublishedRow, publishedRow } from "../publication.ts";
import {
  type CohortStats,
  computeCohortStats,
  computeTrend,
  countedInStatistics,
  type TrendPoint,
} from "./cohort-stats.ts";
import { withoutExposedPooled } from "./complementary-suppression.ts";
import { computeBuiltInCohortStats, trendPointOf } from "./pooled-guard.ts";
import { effectiveMinCount } from "./suppression.ts";

/** The built-in cohorts a country belongs to: `all` and its UN regional group; none for a non-member. */
export function builtInCohortIdsOf(country: string): string[] {
  const group = unRegionalGroupOf(country);
  return group === undefined ? [] : ["all", group];
}

export interface MaterializeInput {
  instrument: Instrument;
  cycle: number;
  /** The whole publication set of (instrument, version, cycle). */
  publications: readonly Publication[];
  cohortIds: readonly string[];
  minCount: number;
}

export interface MaterializedCohort {
  cohortId: string;
  stats: CohortStats;
  trendPoint: TrendPoint;
}

export interface BuiltInFiguresInput {
  cohortId: string;
  instrument: Instrument;
  /** Rows of the whole publication set of one (instrument, version, cycle), any country. */
  rows: readonly PublishedRow[];
  minCount: number;
}

/**
 * Statistics of one built-in cohort from the whole publication set of a cycle: its members' rows (less those below
 * the coverage floor, counted in `belowCoverage` when public) under
 * {@link computeBuiltInCohortStats}, and for `all`, the parent of the regional groups, without the pooled values
 * that subtracting released regional figures would isolate ({@link withoutExposedPooled}). A regional group is
 * never withheld to protect `all`. An unknown cohort id has no members.
 */
export function computeBuiltInFigures(input: BuiltInFiguresInput): CohortStats {
  const { cohortId, instrument, minCount } = input;
  const members = new Set(findBuiltInCohort(cohortId)?.countries ?? []);
  const own = input.rows.filter((row) => members.has(row.country));
  const counted = own.filter(countedInStatistics);
  // Public rows only: a count of pooled countries left out could rest on fewer than minCount of them.
  const belowCoverage = own.filter((row) => !row.pooled && !countedInStatistics(row)).length;
  const rows =
    cohortId === "all"
      ? withoutExposedPooled({ instrument, rows: counted, groupOf: unRegionalGroupOf, minCount })
      : counted;
  return computeBuiltInCohortStats({ cohortId, instrument, rows, minCount, belowCoverage });
}

/**
 * Statistics and trend point of each named built-in cohort, recomputed from the whole publication set of one
 * cycle (pooled and public entries, under {@link computeBuiltInFigures}).
 */
export function materializeBuiltIn(input: MaterializeInput): MaterializedCohort[] {
  const rows = input.publications.filter((p) => p.cycle === input.cycle).map(publishedRow);
  return input.cohortIds.map((cohortId) => {
    const stats = computeBuiltInFigures({ cohortId, instrument: input.instrument, rows, minCount: input.minCount });
    return { cohortId, stats, trendPoint: trendPointOf(input.cycle, stats) };
  });
}

export interface AnalystCohortInput {
  cohortId: string;
  countries: readonly string[];
  instrument: Instrument;
  cycle: number;
  /** Publications of the instrument version across cycles; anything not public is ignored. */
  publications: readonly Publication[];
  minCount: number;
}

/**
 * Statistics of an analyst-defined cohort for one cycle, with its trend across cycles. Only public entries
 * count, whatever the list names, so two overlapping lists can never be differenced to expose a pooled country;
 * entries below the coverage floor are left out and counted in `belowCoverage`.
 */
export function analystCohortStats(input: AnalystCohortInput): { stats: CohortStats; trend: TrendPoint[] } {
  const members = new Set(input.countries);
  const own = input.publications.filter((p) => p.visibility === "public" && members.has(p.country)).map(publishedRow);
  const rows = own.filter(countedInStatistics);
  const belowCoverage = own.filter((r) => r.cycle === input.cycle && !countedInStatistics(r)).length;
  const { cohortId, instrument, minCount } = input;
  const stats = computeCohortStats({
    cohortId,
    instrument,
    rows: rows.filter((r) => r.cycle === input.cycle),
    minCount,
    belowCoverage,
  });
  return { stats, trend: computeTrend({ cohortId, instrument, rows, minCount }).cycles };
}

export interface StatsContext {
  instrumentId: string;
  instrumentVersion: string;
  cycle: number;
  minCount: number;
}

export type CohortStatsView = CohortStats &
  Omit<StatsContext, "minCount"> & {
    /** The threshold in force (a policy, not a figure). */
    minN: number;
    trend?: TrendPoint[];
  };

/**
 * The stats answer. A suppressed cohort carries its id, the query and the threshold, and nothing else: no count,
 * no value and no trend, since other cycles' figures are values too.
 */
export function cohortStatsView(
  stats: CohortStats,
  trend: readonly TrendPoint[],
  context: StatsContext,
): CohortStatsView {
  const { instrumentId, instrumentVersion, cycle } = context;
  const head = { instrumentId, instrumentVersion, cycle, minN: effectiveMinCount(context.minCount) };
  if (stats.suppressed) return { cohortId: stats.cohortId, suppressed: true, ...head };
  return { ...stats, ...head, trend: [...trend] };
}
