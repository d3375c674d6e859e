import { type AnswerState, levelOf } from "../answer-state.ts";
import { compareIds } from "../ids.ts";
import type { Dimension, Instrument, Level } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import { TOP_LEVER_COUNT } from "./method.ts";
import type { Lever } from "./types.ts";

/** Σ w of the dimension's indicators that have a level. */
function countedWeightOf(dimension: Dimension, states: ReadonlyMap<string, AnswerState>): number {
  let weight = 0;
  for (const indicator of dimension.indicators)
    if (levelOf(states.get(indicator.id)) !== undefined) weight += indicator.weight;
  return weight;
}

/** Each indicator of the dimension with a level below its target, with the index points reaching it would gain. */
function leversOf(
  dimension: Dimension,
  states: ReadonlyMap<string, AnswerState>,
  targets: Readonly<Record<string, Level>>,
  levers: Lever[],
): void {
  const countedWeight = countedWeightOf(dimension, states);
  for (const indicator of dimension.indicators) {
    const current = levelOf(states.get(indicator.id));
    const target = targets[indicator.id];
    if (current === undefined || target === undefined || current >= target) continue;
    const pointsGained = roundTo((100 * indicator.weight * (target - current)) / (3 * countedWeight), 2);
    levers.push({ indicatorId: indicator.id, dimensionId: dimension.id, current, target, pointsGained });
  }
}

/**
 * Indicators ranked by the dimension index points gained if each alone rose to its target (METHODOLOGY §8):
 * 100 × w × (T − L) / (3 × Σ w of the indicators with a level in its dimension), rounded to 2 decimals; most points
 * first, ties by indicator id; the first TOP_LEVER_COUNT.
 */
export function topLevers(
  instrument: Instrument,
  states: ReadonlyMap<string, AnswerState>,
  targets: Readonly<Record<string, Level>>,
): Lever[] {
  const levers: Lever[] = [];
  for (const dimension of instrument.dimensions) leversOf(dimension, states, targets, levers);
  levers.sort((a, b) => b.pointsGained - a.pointsGained || compareIds(a.indicatorId, b.indicatorId));
  return levers.slice(0, TOP_LEVER_COUNT);
}
