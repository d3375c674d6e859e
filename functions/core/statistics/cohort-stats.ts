import type { Answers } from "../assessment.ts";
import type { SnapshotEvidence } from "../evidence/snapshot-evidence.ts";
import type { Dimension, Instrument, Level } from "../instrument/schema.ts";
import type { ScoreReport, Stage } from "../scoring/types.ts";
import { type Description, describe } from "./descriptive.ts";
import { dimensionEvidence, type EvidenceFigures, indicatorEvidence } from "./evidence-figures.ts";
import { type RobustnessStats, robustnessOf } from "./robustness.ts";
import {
  type LevelDistribution,
  levelDistribution,
  type StageDistribution,
  stageDistribution,
} from "./stage-distribution.ts";
import { type Cell, suppressCell } from "./suppression.ts";

/** One country's scored submission for one cycle. */
export interface CohortRow {
  country: string;
  cycle: number;
  score: ScoreReport;
  answers: Answers;
  evidence: SnapshotEvidence;
  /** Share of plausible methods giving the headline its most frequent stage (method 1.1; see robustness.ts). */
  headlineRobustness?: number;
}

export interface CohortStatsInput {
  cohortId: string;
  instrument: Instrument;
  rows: readonly CohortRow[];
  minCount: number;
  /** Public countries the caller left out under the coverage floor (see {@link countedInStatistics}). */
  belowCoverage?: number;
}

/**
 * Whether a row counts in cohort statistics: under method 1.1 a headline withheld under the coverage floor
 * (METHODOLOGY §11) leaves the whole row out. Callers drop such rows before any suppression rule counts countries.
 */
export const countedInStatistics = (row: CohortRow): boolean => row.score.overall.belowCoverage !== true;

export type IndicatorStats = { indicatorId: string } & Cell<{
  level: Description;
  levels: LevelDistribution;
  evidence: EvidenceFigures;
}>;

export type DimensionStats = { dimensionId: string; indicators: IndicatorStats[] } & Cell<{
  index: Description;
  stages: StageDistribution;
  evidence: EvidenceFigures;
}>;

export type CohortStats = { cohortId: string } & Cell<{
  dimensions: DimensionStats[];
  /** Public countries of the cohort left out under the coverage floor (pooled ones are not counted). */
  belowCoverage: number;
  /** Share of countries whose headline stage is robust (one stage in at least 80 % of plausible methods). */
  robustness: RobustnessStats;
}>;

/**
 * Keeps one row per country: the one given last, so a caller that lists rows oldest first (or re-submissions
 * after the original) gets each country's latest figures. Counts are of countries, never of rows.
 */
function latestPerCountry(rows: readonly CohortRow[]): CohortRow[] {
  const byCountry = new Map<string, CohortRow>();
  for (const row of rows) byCountry.set(row.country, row);
  return [...byCountry.values()];
}

/** Each country that answered the indicator with a level 0–3, with that level. */
function answeredLevels(rows: readonly CohortRow[], indicatorId: string): { row: CohortRow; level: Level }[] {
  const answered: { row: CohortRow; level: Level }[] = [];
  for (const row of rows) {
    const level = row.answers[indicatorId]?.level;
    if (typeof level === "number") answered.push({ row, level });
  }
  return answered;
}

/** Index and stage of each country that has a counted index for the dimension (matched by id, not position). */
function dimensionValues(rows: readonly CohortRow[], dimensionId: string) {
  const values: { row: CohortRow; index: number; stage: Stage | null }[] = [];
  for (const row of rows) {
    const score = row.score.dimensions.find((d) => d.dimensionId === dimensionId);
    // Method 1.1: a dimension under the coverage floor has no stage and stays out of the statistics.
    if (score && score.index !== null && score.belowCoverage !== true)
      values.push({ row, index: score.index, stage: score.stage });
  }
  return values;
}

function dimensionStats(
  instrument: Instrument,
  dimension: Dimension,
  rows: readonly CohortRow[],
  minCount: number,
): DimensionStats {
  const values = dimensionValues(rows, dimension.id);
  const indicators = dimension.indicators.map((indicator): IndicatorStats => {
    const answered = answeredLevels(rows, indicator.id);
    const levels = answered.map((a) => a.level);
    const cell = suppressCell(levels.length, minCount, () => ({
      level: describe(levels),
      levels: levelDistribution(levels),
      evidence: indicatorEvidence(
        indicator.id,
        answered.map((a) => a.row),
      ),
    }));
    return { indicatorId: indicator.id, ...cell };
  });
  const cell = suppressCell(values.length, minCount, () => ({
    index: describe(values.map((v) => v.index)),
    stages: stageDistribution(values.map((v) => v.stage)),
    evidence: dimensionEvidence(
      instrument,
      dimension,
      values.map((v) => v.row),
    ),
  }));
  return { dimensionId: dimension.id, ...cell, indicators };
}

/**
 * Cohort statistics per dimension (index quartiles and stage counts) and per indicator (answered-level quartiles
 * and counts), in instrument order.
 *
 * - `n` counts distinct countries; when several rows share a country the one given last is used.
 * - The whole cohort is `{ cohortId, suppressed: true }` when fewer than `minCount` countries are present.
 * - A dimension or indicator is suppressed when fewer than `minCount` countries contribute a value to it: a
 *   non-null dimension index, or an answered level 0–3 (`na`, `unknown` and unanswered do not count).
 * - Each released cell also says how well it is evidenced (verified share, median respondents), over the same
 *   countries as its values.
 * - `minCount` goes through `effectiveMinCount`, so it is never below 3.
 * - Rows are matched to the instrument by dimension and indicator id; callers pass rows of one cycle and
 *   instrument version, since mixing them would mix incomparable scores.
 */
export function computeCohortStats(input: CohortStatsInput): CohortStats {
  const { cohortId, instrument, minCount } = input;
  const rows = latestPerCountry(input.rows);
  const cell = suppressCell(rows.length, minCount, () => ({
    dimensions: instrument.dimensions.map((dimension) => dimensionStats(instrument, dimension, rows, minCount)),
    belowCoverage: input.belowCoverage ?? 0,
    robustness: robustnessOf(rows, minCount),
  }));
  return { cohortId, ...cell };
}

export type TrendDimension = { dimensionId: string } & Cell<{ mean: number }>;

export type TrendPoint = { cycle: number } & Cell<{ dimensions: TrendDimension[] }>;

export interface TrendInput extends CohortStatsInput {
  /**
   * Cycles to report, e.g. a fixed range of years. Without it only cycles that have rows are listed, which
   * tells the reader that at least one country submitted in each listed cycle.
   */
  cycles?: readonly number[];
}

export interface Trend {
  cohortId: string;
  cycles: TrendPoint[];
}

function trendPoint(instrument: Instrument, cycle: number, rows: readonly CohortRow[], minCount: number): TrendPoint {
  const cycleRows = latestPerCountry(rows.filter((row) => row.cycle === cycle));
  const cell = suppressCell(cycleRows.length, minCount, () => ({
    dimensions: instrument.dimensions.map((dimension): TrendDimension => {
      const indices = dimensionValues(cycleRows, dimension.id).map((v) => v.index);
      return {
        dimensionId: dimension.id,
        ...suppressCell(indices.length, minCount, () => ({ mean: describe(indices).mean! })),
      };
    }),
  }));
  return { cycle, ...cell };
}

/**
 * Mean dimension index per cycle, ascending by cycle, with the same country counting and suppression rules as
 * {@link computeCohortStats} applied to each cycle separately.
 */
export function computeTrend(input: TrendInput): Trend {
  const { cohortId, instrument, rows, minCount } = input;
  const cycles = [...new Set(input.cycles ?? rows.map((row) => row.cycle))].sort((a, b) => a - b);
  return { cohortId, cycles: cycles.map((cycle) => trendPoint(instrument, cycle, rows, minCount)) };
}
