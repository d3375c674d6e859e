import type { AnswerState } from "../answer-state.ts";
import type { Instrument, Level } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import { TOP_LEVER_COUNT } from "./method.ts";
import type { Lever } from "./types.ts";

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
  const levers = instrument.dimensions.flatMap((dimension) => {
    const answered = dimension.indicators.flatMap((i) => {
      const state = states.get(i.id);
      return state?.kind === "level" ? [{ indicator: i, current: state.level }] : [];
    });
    const countedWeight = answered.reduce((sum, a) => sum + a.indicator.weight, 0);
    return answered.flatMap(({ indicator, current }): Lever[] => {
      const target = targets[indicator.id] ?? current;
      if (current >= target) return [];
      const pointsGained = roundTo((100 * indicator.weight * (target - current)) / (3 * countedWeight), 2);
      return [{ indicatorId: indicator.id, dimensionId: dimension.id, current, target, pointsGained }];
    });
  });
  levers.sort((a, b) => b.pointsGained - a.pointsGained || a.indicatorId.localeCompare(b.indicatorId));
  return levers.slice(0, TOP_LEVER_COUNT);
}
