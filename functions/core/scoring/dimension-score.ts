import type { Answers } from "../assessment.ts";
import type { Dimension } from "../instrument/schema.ts";
import { answeredLevel, answerState } from "./answer-state.ts";
import { roundTo, STAGE_THRESHOLDS, STAGES } from "./method.ts";
import type { DimensionScore, GateCap, Stage } from "./types.ts";

interface Tally {
  weighted: number;
  countedWeight: number;
  applicableWeight: number;
  counts: DimensionScore["counts"];
}

function tally(dimension: Dimension, answers: Answers): Tally {
  const t: Tally = { weighted: 0, countedWeight: 0, applicableWeight: 0, counts: emptyCounts() };
  for (const indicator of dimension.indicators) {
    const state = answerState(answers, indicator.id);
    t.counts[state === "level" ? "answered" : state] += 1;
    if (state === "na") continue;
    t.applicableWeight += indicator.weight;
    const level = answeredLevel(answers, indicator.id);
    if (level === undefined) continue;
    t.weighted += indicator.weight * level;
    t.countedWeight += indicator.weight;
  }
  return t;
}

function emptyCounts(): DimensionScore["counts"] {
  return { answered: 0, na: 0, unknown: 0, unanswered: 0 };
}

/** Highest stage whose threshold the index meets, before gates. */
export function stageForIndex(index: number): Stage {
  let stage: Stage = 1;
  for (const s of STAGES) if (index >= (STAGE_THRESHOLDS[s - 1] as number)) stage = s;
  return stage;
}

/** A gate on an `na` indicator is waived, as if the indicator were not in the instrument. */
function unmetGates(dimension: Dimension, answers: Answers): GateCap[] {
  return dimension.gates
    .filter((gate) => {
      if (answerState(answers, gate.indicatorId) === "na") return false;
      const level = answeredLevel(answers, gate.indicatorId);
      return level === undefined || level < gate.minLevel;
    })
    .map((gate) => ({ indicatorId: gate.indicatorId, minLevel: gate.minLevel, forStage: gate.forStage }));
}

/** Caps the stage below the lowest stage that an unmet gate guards; reports the gates that bit. */
function applyGates(uncapped: Stage, unmet: GateCap[]): { stage: Stage; cappedBy: GateCap[] } {
  const biting = unmet.filter((gate) => gate.forStage <= uncapped);
  if (biting.length === 0) return { stage: uncapped, cappedBy: [] };
  const lowestGuarded = Math.min(...biting.map((gate) => gate.forStage));
  return { stage: (lowestGuarded - 1) as Stage, cappedBy: biting };
}

/**
 * Scores one dimension: index = 100 × Σ wᵢ·Lᵢ / (3 × Σ wᵢ) over indicators with a level, rounded to 2 decimals;
 * stage from the index thresholds, capped by unmet gates; coverage by weight over applicable indicators.
 */
export function scoreDimension(dimension: Dimension, answers: Answers): DimensionScore {
  const t = tally(dimension, answers);
  const base = { dimensionId: dimension.id, reformArea: dimension.reformArea, counts: t.counts };
  const coverage = t.applicableWeight === 0 ? null : roundTo(t.countedWeight / t.applicableWeight, 4);
  if (t.countedWeight === 0) {
    return { ...base, index: null, stage: null, uncappedStage: null, cappedBy: [], coverage };
  }
  const index = roundTo((100 * t.weighted) / (3 * t.countedWeight), 2);
  const uncappedStage = stageForIndex(index);
  const { stage, cappedBy } = applyGates(uncappedStage, unmetGates(dimension, answers));
  return { ...base, index, stage, uncappedStage, cappedBy, coverage };
}
