import type { Answers } from "../assessment.ts";
import type { Dimension } from "../instrument/schema.ts";
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
    // One lookup per indicator: this loop runs for every indicator of every report.
    const level = answers[indicator.id]?.level;
    if (level === "na") {
      t.counts.na += 1;
      continue;
    }
    t.applicableWeight += indicator.weight;
    if (typeof level === "number") {
      t.counts.answered += 1;
      t.weighted += indicator.weight * level;
      t.countedWeight += indicator.weight;
    } else t.counts[level ?? "unanswered"] += 1;
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
  const unmet: GateCap[] = [];
  for (const gate of dimension.gates) {
    const level = answers[gate.indicatorId]?.level;
    if (level === "na" || (typeof level === "number" && level >= gate.minLevel)) continue;
    unmet.push({ indicatorId: gate.indicatorId, minLevel: gate.minLevel, forStage: gate.forStage });
  }
  return unmet;
}

/** Caps the stage below the lowest stage that an unmet gate guards; reports the gates that bit. */
function applyGates(uncapped: Stage, unmet: GateCap[]): { stage: Stage; cappedBy: GateCap[] } {
  const biting = unmet.filter((gate) => gate.forStage <= uncapped);
  if (biting.length === 0) return { stage: uncapped, cappedBy: biting };
  let lowestGuarded: Stage = uncapped;
  for (const gate of biting) if (gate.forStage < lowestGuarded) lowestGuarded = gate.forStage;
  return { stage: (lowestGuarded - 1) as Stage, cappedBy: biting };
}

/**
 * Scores one dimension: index = 100 × Σ wᵢ·Lᵢ / (3 × Σ wᵢ) over indicators with a level, rounded to 2 decimals;
 * stage from the index thresholds, capped by unmet gates; coverage by weight over applicable indicators.
 */
export function scoreDimension(dimension: Dimension, answers: Answers): DimensionScore {
  const t = tally(dimension, answers);
  const coverage = t.applicableWeight === 0 ? null : roundTo(t.countedWeight / t.applicableWeight, 4);
  let index: number | null = null;
  let stage: Stage | null = null;
  let uncappedStage: Stage | null = null;
  let cappedBy: GateCap[] = [];
  if (t.countedWeight > 0) {
    index = roundTo((100 * t.weighted) / (3 * t.countedWeight), 2);
    uncappedStage = stageForIndex(index);
    ({ stage, cappedBy } = applyGates(uncappedStage, unmetGates(dimension, answers)));
  }
  // Key order is part of the stored JSON, so it stays the same whichever branch ran.
  return {
    dimensionId: dimension.id,
    reformArea: dimension.reformArea,
    counts: t.counts,
    index,
    stage,
    uncappedStage,
    cappedBy,
    coverage,
  };
}
