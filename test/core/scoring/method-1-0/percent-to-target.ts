import type { Targets } from "./answer-vector.ts";
import { NA } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import { roundTo } from "./method.ts";

/**
 * 1 − Σ wᵢ·max(0, Tᵢ − Cᵢ) / Σ wᵢ·Tᵢ over every indicator that is not `na`, rounded to 4 decimals.
 * `unknown` and unanswered count as level 0: a target is not reached until someone says it is.
 * Exceeding a target earns nothing; with every target at 0 the country is fully at target.
 */
export function percentToTarget(compiled: CompiledInstrument, codes: readonly number[], targets: Targets): number {
  let shortfall = 0;
  let required = 0;
  const { weights } = compiled;
  for (let p = 0; p < weights.length; p++) {
    const code = codes[p] as number;
    if (code === NA) continue;
    const weight = weights[p] as number;
    const target = targets.byPosition[p] as number;
    const current = Math.max(code, 0);
    shortfall += weight * Math.max(0, target - current);
    required += weight * target;
  }
  return required === 0 ? 1 : roundTo(1 - shortfall / required, 4);
}
