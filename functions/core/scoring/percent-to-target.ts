import type { Answers } from "../assessment.ts";
import type { Level } from "../instrument/schema.ts";
import { answeredLevel, answerState } from "./answer-state.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import { roundTo } from "./method.ts";

/**
 * 1 − Σ wᵢ·max(0, Tᵢ − Cᵢ) / Σ wᵢ·Tᵢ over every indicator that is not `na`, rounded to 4 decimals.
 * `unknown` and unanswered count as level 0: a target is not reached until someone says it is.
 * Exceeding a target earns nothing; with every target at 0 the country is fully at target.
 */
export function percentToTarget(compiled: CompiledInstrument, answers: Answers, targets: Record<string, Level>): number {
  let shortfall = 0;
  let required = 0;
  for (const [id, indicator] of compiled.indicatorById) {
    if (answerState(answers, id) === "na") continue;
    const target = targets[id] as Level;
    const current = answeredLevel(answers, id) ?? 0;
    shortfall += indicator.weight * Math.max(0, target - current);
    required += indicator.weight * target;
  }
  return required === 0 ? 1 : roundTo(1 - shortfall / required, 4);
}
