import type { Level } from "../instrument/schema.ts";
import type { AnswerLevel, Targets } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import { roundTo } from "./method.ts";

/**
 * 1 − Σ wᵢ·max(0, Tᵢ − Cᵢ) / Σ wᵢ·Tᵢ over every indicator that is not `na`, rounded to 4 decimals.
 * `unknown` and unanswered count as level 0: a target is not reached until someone says it is.
 * Exceeding a target earns nothing; with every target at 0 the country is fully at target.
 */
export function percentToTarget(
  compiled: CompiledInstrument,
  levels: readonly AnswerLevel[],
  targets: Targets,
): number {
  let shortfall = 0;
  let required = 0;
  compiled.indicators.forEach((indicator, i) => {
    const level = levels[i];
    if (level === "na") return;
    const target = targets.byPosition[i] as Level;
    const current = typeof level === "number" ? level : 0;
    shortfall += indicator.weight * Math.max(0, target - current);
    required += indicator.weight * target;
  });
  return required === 0 ? 1 : roundTo(1 - shortfall / required, 4);
}
