import type { Instrument } from "../instrument/schema.ts";
import type { PublishedRow } from "../publication.ts";
import { type CohortStats, computeCohortStats, type DimensionStats, type TrendPoint } from "./cohort-stats.ts";
import { hasRobustness } from "./robustness.ts";
import { effectiveMinCount } from "./suppression.ts";

export interface BuiltInStatsInput {
  cohortId: string;
  instrument: Instrument;
  rows: readonly PublishedRow[];
  minCount: number;
  /** Public countries left out under the coverage floor, reported as is. */
  belowCoverage?: number;
}

function distinctCountries(rows: readonly PublishedRow[]): number {
  return new Set(rows.map((row) => row.country)).size;
}

function dimensionContributors(rows: readonly PublishedRow[], dimensionId: string): number {
  return distinctCountries(
    rows.filter((row) => row.score.dimensions.some((d) => d.dimensionId === dimensionId && d.index !== null)),
  );
}

function indicatorContributors(rows: readonly PublishedRow[], indicatorId: string): number {
  return distinctCountries(rows.filter((row) => typeof row.answers[indicatorId]?.level === "number"));
}

/** Suppresses every cell to which some, but fewer than `min`, pooled countries contribute. */
function maskLonelyPooled(dimension: DimensionStats, pooled: readonly PublishedRow[], min: number): DimensionStats {
  const lonely = (count: number) => count > 0 && count < min;
  const indicators = dimension.indicators.map((cell) =>
    lonely(indicatorContributors(pooled, cell.indicatorId))
      ? { indicatorId: cell.indicatorId, suppressed: true as const }
      : cell,
  );
  if (lonely(dimensionContributors(pooled, dimension.dimensionId))) {
    return { dimensionId: dimension.dimensionId, suppressed: true, indicators };
  }
  return { ...dimension, indicators };
}

/**
 * Statistics of a built-in cohort over its pooled and public rows, with the suppression of
 * {@link computeCohortStats} plus one rule for pooled rows.
 *
 * Public rows are known to every analyst (profiles and exports), so subtracting them from a built-in figure
 * isolates what the pooled countries contributed. A pooled country must therefore hide among at least
 * `minCount` pooled peers, not merely among `minCount` countries:
 * - pooled rows are counted only when the cohort holds at least `minCount` pooled countries; below that the
 *   cohort's figures come from its public rows alone;
 * - a dimension or indicator (or the robustness figure) to which between 1 and `minCount` − 1 pooled countries
 *   contribute is suppressed.
 */
export function computeBuiltInCohortStats(input: BuiltInStatsInput): CohortStats {
  const min = effectiveMinCount(input.minCount);
  const pooled = input.rows.filter((row) => row.pooled);
  const countPooled = distinctCountries(pooled) >= min;
  const rows = countPooled ? input.rows : input.rows.filter((row) => !row.pooled);
  const stats = computeCohortStats({ ...input, rows });
  if (stats.suppressed || !countPooled) return stats;
  const robustPooled = distinctCountries(pooled.filter(hasRobustness));
  return {
    ...stats,
    dimensions: stats.dimensions.map((dimension) => maskLonelyPooled(dimension, pooled, min)),
    robustness: robustPooled > 0 && robustPooled < min ? { suppressed: true } : stats.robustness,
  };
}

/**
 * The trend point of one cycle read off that cycle's cohort statistics: each released dimension's mean index.
 * Equal to the point {@link computeTrend} gives for the same rows, but it inherits any suppression the
 * statistics applied, so a trend never shows what the statistics withheld.
 */
export function trendPointOf(cycle: number, stats: CohortStats): TrendPoint {
  if (stats.suppressed) return { cycle, suppressed: true };
  return {
    cycle,
    suppressed: false,
    n: stats.n,
    dimensions: stats.dimensions.map((d) =>
      d.suppressed
        ? { dimensionId: d.dimensionId, suppressed: true }
        : { dimensionId: d.dimensionId, suppressed: false, n: d.n, mean: d.index.mean! },
    ),
  };
}
