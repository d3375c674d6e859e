import type { AnswerState } from "../answer-state.ts";
import type { Dimension, Indicator, Instrument } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import { COVERAGE_FLOOR } from "./method.ts";
import { bitingGates, cappedStage, stageForIndex, stageNameOf } from "./stages.ts";
import type { DimensionScore, Stage } from "./types.ts";

/** Whether the dimension is scored under method 1.1 (conservative stage, interval, coverage floor, stage names). */
export interface DimensionRules {
  method11: boolean;
}

/** The weights an index sums: what has a level, what is applicable, and Σ w·L. */
interface Tally {
  counts: DimensionScore["counts"];
  levelWeight: number;
  applicableWeight: number;
  weightedLevels: number;
}

function tally(indicators: readonly Indicator[], states: ReadonlyMap<string, AnswerState>): Tally {
  const t: Tally = {
    counts: { answered: 0, na: 0, unknown: 0, unanswered: 0 },
    levelWeight: 0,
    applicableWeight: 0,
    weightedLevels: 0,
  };
  for (const indicator of indicators) {
    const state = states.get(indicator.id) ?? { kind: "unanswered" };
    if (state.kind === "na") {
      t.counts.na += 1;
      continue;
    }
    t.applicableWeight += indicator.weight;
    if (state.kind === "level") {
      t.counts.answered += 1;
      t.levelWeight += indicator.weight;
      t.weightedLevels += indicator.weight * state.level;
    } else t.counts[state.kind] += 1;
  }
  return t;
}

/** 100 × Σ w·L / (3 × Σ w), rounded to 2 decimals (METHODOLOGY §2). */
const indexOf = (weightedLevels: number, weight: number) => roundTo((100 * weightedLevels) / (3 * weight), 2);

/**
 * The index with every unknown or unanswered indicator at level 0 (low) and at level 3 (high), over the applicable
 * indicators; null when every indicator is `na` (METHODOLOGY §2, interval).
 */
function intervalOf(t: Tally): [number, number] | null {
  if (t.applicableWeight === 0) return null;
  const missingWeight = t.applicableWeight - t.levelWeight;
  const low = indexOf(t.weightedLevels, t.applicableWeight);
  const high = indexOf(t.weightedLevels + 3 * missingWeight, t.applicableWeight);
  return [low, high];
}

function stageOf(index: number, dimension: Dimension, states: ReadonlyMap<string, AnswerState>) {
  const uncappedStage = stageForIndex(index);
  const cappedBy = bitingGates(dimension, states, uncappedStage);
  return { uncappedStage, cappedBy, stage: cappedStage(uncappedStage, cappedBy) };
}

/** Method 1.0: index and stage over the indicators with a level. */
function scoreAvailableCase(dimension: Dimension, states: ReadonlyMap<string, AnswerState>): DimensionScore {
  const t = tally(dimension.indicators, states);
  const index = t.levelWeight > 0 ? indexOf(t.weightedLevels, t.levelWeight) : null;
  const staged =
    index === null ? { uncappedStage: null, cappedBy: [], stage: null } : stageOf(index, dimension, states);
  const coverage = t.applicableWeight === 0 ? null : roundTo(t.levelWeight / t.applicableWeight, 4);
  const { id: dimensionId, reformArea } = dimension;
  const { stage, uncappedStage, cappedBy } = staged;
  return { dimensionId, reformArea, counts: t.counts, index, stage, uncappedStage, cappedBy, coverage };
}

/**
 * Method 1.1: the available-case index is still reported, but the stage comes from the conservative index (unknown
 * and unanswered at level 0), and there is no stage when coverage is under COVERAGE_FLOOR.
 */
function scoreConservative(
  instrument: Instrument,
  dimension: Dimension,
  states: ReadonlyMap<string, AnswerState>,
): DimensionScore {
  const t = tally(dimension.indicators, states);
  const index = t.levelWeight > 0 ? indexOf(t.weightedLevels, t.levelWeight) : null;
  const interval = intervalOf(t);
  const coverage = t.applicableWeight === 0 ? null : roundTo(t.levelWeight / t.applicableWeight, 4);
  const belowCoverage = coverage === null || coverage < COVERAGE_FLOOR;
  const staged =
    interval === null || belowCoverage
      ? { uncappedStage: null, cappedBy: [], stage: null }
      : stageOf(interval[0], dimension, states);
  const stage: Stage | null = staged.stage;
  return {
    dimensionId: dimension.id,
    reformArea: dimension.reformArea,
    counts: t.counts,
    index,
    interval,
    stage,
    stageName: stageNameOf(instrument, stage),
    uncappedStage: staged.uncappedStage,
    cappedBy: staged.cappedBy,
    coverage,
    belowCoverage,
  };
}

/** Scores one dimension (METHODOLOGY §2–3) under the given method's rules. */
export function scoreDimension(
  instrument: Instrument,
  dimension: Dimension,
  states: ReadonlyMap<string, AnswerState>,
  rules: DimensionRules,
): DimensionScore {
  return rules.method11 ? scoreConservative(instrument, dimension, states) : scoreAvailableCase(dimension, states);
}
