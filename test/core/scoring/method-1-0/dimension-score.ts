import type { Dimension } from "../../../../functions/core/instrument/schema.ts";
import { NA, UNKNOWN } from "./answer-vector.ts";
import { roundTo, STAGE_THRESHOLDS, STAGES } from "./method.ts";
import type { DimensionScore, FindOut, GateCap, Stage } from "./types.ts";

/** A gate with the position of its indicator in the answer codes and the cap it reports, built once. */
interface GatePlan {
  position: number;
  minLevel: number;
  forStage: Stage;
  cap: Readonly<GateCap>;
}

/**
 * What scoring a dimension needs, derived once per instrument. The report shares the frozen `cap` and find-out
 * objects: they never differ between reports, and frozen they cannot be changed through one report.
 */
export interface DimensionPlan {
  dimension: Dimension;
  /** Position of each indicator of the dimension in the answer codes, in dimension order. */
  positions: readonly number[];
  weights: readonly number[];
  gates: readonly GatePlan[];
  /** By indicator of the dimension: its find-out item when `unknown`, then when unanswered. */
  unknownItems: readonly Readonly<FindOut>[];
  unansweredItems: readonly Readonly<FindOut>[];
}

function findOutItem(indicatorId: string, dimensionId: string, state: FindOut["state"]): Readonly<FindOut> {
  return Object.freeze({ indicatorId, dimensionId, state });
}

/** Plans one dimension; `positionOf` must hold its indicators and its gates' indicators. */
export function planDimension(dimension: Dimension, positionOf: ReadonlyMap<string, number>): DimensionPlan {
  const ids = dimension.indicators.map((i) => i.id);
  return {
    dimension,
    positions: ids.map((id) => positionOf.get(id) as number),
    weights: dimension.indicators.map((i) => i.weight),
    gates: dimension.gates.map(({ indicatorId, minLevel, forStage }) => ({
      position: positionOf.get(indicatorId) as number,
      minLevel,
      forStage,
      cap: Object.freeze({ indicatorId, minLevel, forStage }),
    })),
    unknownItems: ids.map((id) => findOutItem(id, dimension.id, "unknown")),
    unansweredItems: ids.map((id) => findOutItem(id, dimension.id, "unanswered")),
  };
}

/** Highest stage whose threshold the index meets, before gates. */
export function stageForIndex(index: number): Stage {
  let stage: Stage = 1;
  for (const s of STAGES) if (index >= (STAGE_THRESHOLDS[s - 1] as number)) stage = s;
  return stage;
}

/**
 * Gates that are unmet (a gate on an `na` indicator is waived, as if the indicator were not in the instrument) and
 * guard a stage the index reaches. They cap the stage below the lowest stage they guard.
 */
function bitingGates(plan: DimensionPlan, codes: readonly number[], uncapped: Stage): GateCap[] {
  const biting: GateCap[] = [];
  for (const gate of plan.gates) {
    const code = codes[gate.position] as number;
    if (code === NA || code >= gate.minLevel || gate.forStage > uncapped) continue;
    biting.push(gate.cap);
  }
  return biting;
}

function cappedStage(uncapped: Stage, biting: readonly GateCap[]): Stage {
  if (biting.length === 0) return uncapped;
  let lowestGuarded: Stage = uncapped;
  for (const gate of biting) if (gate.forStage < lowestGuarded) lowestGuarded = gate.forStage;
  return (lowestGuarded - 1) as Stage;
}

interface Tally {
  weighted: number;
  countedWeight: number;
  applicableWeight: number;
  counts: DimensionScore["counts"];
}

function tally(plan: DimensionPlan, codes: readonly number[]): Tally {
  const t: Tally = { weighted: 0, countedWeight: 0, applicableWeight: 0, counts: emptyCounts() };
  for (let k = 0; k < plan.positions.length; k++) {
    const code = codes[plan.positions[k] as number] as number;
    const weight = plan.weights[k] as number;
    if (code === NA) {
      t.counts.na += 1;
      continue;
    }
    t.applicableWeight += weight;
    if (code >= 0) {
      t.counts.answered += 1;
      t.weighted += weight * code;
      t.countedWeight += weight;
    } else if (code === UNKNOWN) t.counts.unknown += 1;
    else t.counts.unanswered += 1;
  }
  return t;
}

function emptyCounts(): DimensionScore["counts"] {
  return { answered: 0, na: 0, unknown: 0, unanswered: 0 };
}

/**
 * Scores one dimension from the answer codes: index = 100 × Σ wᵢ·Lᵢ / (3 × Σ wᵢ) over indicators with a level,
 * rounded to 2 decimals; stage from the index thresholds, capped by unmet gates; coverage by weight over applicable
 * indicators.
 */
export function scorePlannedDimension(plan: DimensionPlan, codes: readonly number[]): DimensionScore {
  const t = tally(plan, codes);
  let index: number | null = null;
  let stage: Stage | null = null;
  let uncappedStage: Stage | null = null;
  let cappedBy: GateCap[] = [];
  if (t.countedWeight > 0) {
    index = roundTo((100 * t.weighted) / (3 * t.countedWeight), 2);
    uncappedStage = stageForIndex(index);
    cappedBy = bitingGates(plan, codes, uncappedStage);
    stage = cappedStage(uncappedStage, cappedBy);
  }
  const coverage = t.applicableWeight === 0 ? null : roundTo(t.countedWeight / t.applicableWeight, 4);
  // Key order is part of the stored JSON, so it stays the same whichever branch ran.
  const { id: dimensionId, reformArea } = plan.dimension;
  return { dimensionId, reformArea, counts: t.counts, index, stage, uncappedStage, cappedBy, coverage };
}
