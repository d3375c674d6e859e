import type { Answers } from "../assessment.ts";
import type { Level } from "../instrument/schema.ts";
import { answeredLevel } from "./answer-state.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import { roundTo, TOP_LEVER_COUNT } from "./method.ts";
import type { Lever } from "./types.ts";

function countedWeight(compiled: CompiledInstrument, dimensionIndex: number, answers: Answers): number {
  const dimension = compiled.instrument.dimensions[dimensionIndex];
  let total = 0;
  for (const indicator of dimension?.indicators ?? []) {
    if (answeredLevel(answers, indicator.id) !== undefined) total += indicator.weight;
  }
  return total;
}

/**
 * Indicators ranked by the dimension index points gained if each alone were raised to its target:
 * 100 × wᵢ × (Tᵢ − Lᵢ) / (3 × Σ counted weights of its dimension). Ties go to the indicator id.
 */
export function topLevers(compiled: CompiledInstrument, answers: Answers, targets: Record<string, Level>): Lever[] {
  const levers: Lever[] = [];
  compiled.instrument.dimensions.forEach((dimension, d) => {
    const denominator = 3 * countedWeight(compiled, d, answers);
    for (const indicator of dimension.indicators) {
      const current = answeredLevel(answers, indicator.id);
      const target = targets[indicator.id] as Level;
      if (current === undefined || current >= target) continue;
      const pointsGained = roundTo((100 * indicator.weight * (target - current)) / denominator, 2);
      levers.push({ indicatorId: indicator.id, dimensionId: dimension.id, current, target, pointsGained });
    }
  });
  levers.sort((a, b) => b.pointsGained - a.pointsGained || a.indicatorId.localeCompare(b.indicatorId));
  return levers.slice(0, TOP_LEVER_COUNT);
}
