import type { AnswerState } from "../answer-state.ts";
import type { Instrument, Level } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";

/**
 * 1 − Σ wᵢ·max(0, Tᵢ − Cᵢ) / Σ wᵢ·Tᵢ over every indicator that is not `na`, rounded to 4 decimals (METHODOLOGY
 * §6). `unknown` and unanswered count as level 0: a target is not reached until someone says it is. Exceeding a
 * target earns nothing; with every target at 0 the country is fully at target. The figure is relative to the
 * country's own targets, so it is not comparable across countries.
 */
export function percentToTarget(
  instrument: Instrument,
  states: ReadonlyMap<string, AnswerState>,
  targets: Readonly<Record<string, Level>>,
): number {
  let shortfall = 0;
  let required = 0;
  for (const dimension of instrument.dimensions) {
    for (const indicator of dimension.indicators) {
      const state = states.get(indicator.id);
      if (state?.kind === "na") continue;
      const target = targets[indicator.id] ?? 0;
      const current = state?.kind === "level" ? state.level : 0;
      shortfall += indicator.weight * Math.max(0, target - current);
      required += indicator.weight * target;
    }
  }
  return required === 0 ? 1 : roundTo(1 - shortfall / required, 4);
}
