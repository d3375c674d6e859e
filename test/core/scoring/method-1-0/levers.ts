import type { Level } from "../../../../functions/core/instrument/schema.ts";
import type { Targets } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import type { DimensionPlan } from "./dimension-score.ts";
import { roundTo, TOP_LEVER_COUNT } from "./method.ts";
import type { Lever } from "./types.ts";

/**
 * The best levers so far, best first, in parallel arrays of TOP_LEVER_COUNT slots of which `count` are used: a lever
 * object is made only for the few that are reported, not for every indicator below its target.
 */
interface Best {
  count: number;
  points: number[];
  idRanks: number[];
  positions: number[];
  dimensions: number[];
}

function emptyBest(): Best {
  // Literal arrays, not `fill`: cheaper to make, and points start as doubles so storing one changes no array kind.
  return {
    count: 0,
    points: [0.5, 0.5, 0.5, 0.5, 0.5],
    idRanks: [0, 0, 0, 0, 0],
    positions: [0, 0, 0, 0, 0],
    dimensions: [0, 0, 0, 0, 0],
  };
}

/** Inserts a lever into `best` if it ranks among the top: more points first, ties by indicator id. */
function keepIfTop(best: Best, points: number, idRank: number, position: number, dimension: number): void {
  let i = best.count;
  for (; i > 0; i--) {
    const p = best.points[i - 1] as number;
    if (!(points > p || (points === p && idRank < (best.idRanks[i - 1] as number)))) break;
  }
  if (i >= TOP_LEVER_COUNT) return;
  if (best.count < TOP_LEVER_COUNT) best.count += 1;
  for (let j = best.count - 1; j > i; j--) {
    best.points[j] = best.points[j - 1] as number;
    best.idRanks[j] = best.idRanks[j - 1] as number;
    best.positions[j] = best.positions[j - 1] as number;
    best.dimensions[j] = best.dimensions[j - 1] as number;
  }
  best.points[i] = points;
  best.idRanks[i] = idRank;
  best.positions[i] = position;
  best.dimensions[i] = dimension;
}

function collectLevers(
  best: Best,
  compiled: CompiledInstrument,
  d: number,
  codes: readonly number[],
  targets: Targets,
) {
  const { positions } = compiled.dimensionPlans[d] as DimensionPlan;
  const { weights } = compiled;
  let counted = 0;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] as number;
    if ((codes[p] as number) >= 0) counted += weights[p] as number;
  }
  const denominator = 3 * counted;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k] as number;
    const current = codes[p] as number;
    const target = targets.byPosition[p] as number;
    if (current < 0 || current >= target) continue;
    const pointsGained = roundTo((100 * (weights[p] as number) * (target - current)) / denominator, 2);
    keepIfTop(best, pointsGained, compiled.indicatorIdRank[p] as number, p, d);
  }
}

/**
 * Indicators ranked by the dimension index points gained if each alone were raised to its target:
 * 100 × wᵢ × (Tᵢ − Lᵢ) / (3 × Σ counted weights of its dimension), rounded to 2 decimals. Ties go to the indicator
 * id. Only the top TOP_LEVER_COUNT are kept.
 */
export function topLevers(compiled: CompiledInstrument, codes: readonly number[], targets: Targets): Lever[] {
  const best = emptyBest();
  for (let d = 0; d < compiled.dimensionPlans.length; d++) collectLevers(best, compiled, d, codes, targets);
  const levers: Lever[] = [];
  for (let i = 0; i < best.count; i++) {
    const p = best.positions[i] as number;
    levers.push({
      indicatorId: compiled.ids[p] as string,
      dimensionId: (compiled.dimensionPlans[best.dimensions[i] as number] as DimensionPlan).dimension.id,
      current: codes[p] as Level,
      target: targets.byPosition[p] as Level,
      pointsGained: best.points[i] as number,
    });
  }
  return levers;
}
