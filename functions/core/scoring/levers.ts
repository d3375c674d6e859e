import type { Dimension, Indicator, Level } from "../instrument/schema.ts";
import type { AnswerLevel, Targets } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import { roundTo, TOP_LEVER_COUNT } from "./method.ts";
import type { Lever } from "./types.ts";

/** A lever with the rank of its indicator id in `localeCompare` order, so ties need no string comparison. */
interface RankedLever {
  lever: Lever;
  idRank: number;
}

function before(a: RankedLever, b: RankedLever): boolean {
  return (
    a.lever.pointsGained > b.lever.pointsGained ||
    (a.lever.pointsGained === b.lever.pointsGained && a.idRank < b.idRank)
  );
}

/** Inserts `candidate` into `best` (sorted, at most TOP_LEVER_COUNT long) if it ranks among the top. */
function keepIfTop(best: RankedLever[], candidate: RankedLever): void {
  if (best.length === TOP_LEVER_COUNT && !before(candidate, best[best.length - 1] as RankedLever)) return;
  let i = best.length;
  while (i > 0 && before(candidate, best[i - 1] as RankedLever)) i -= 1;
  best.splice(i, 0, candidate);
  if (best.length > TOP_LEVER_COUNT) best.pop();
}

function countedWeight(compiled: CompiledInstrument, positions: readonly number[], levels: readonly AnswerLevel[]) {
  let total = 0;
  for (const p of positions) if (typeof levels[p] === "number") total += (compiled.indicators[p] as Indicator).weight;
  return total;
}

function collectLevers(
  best: RankedLever[],
  compiled: CompiledInstrument,
  d: number,
  levels: readonly AnswerLevel[],
  targets: Targets,
) {
  const dimension = compiled.instrument.dimensions[d] as Dimension;
  const positions = compiled.dimensionPositions[d] as number[];
  const denominator = 3 * countedWeight(compiled, positions, levels);
  for (const p of positions) {
    const current = levels[p];
    const target = targets.byPosition[p] as Level;
    if (typeof current !== "number" || current >= target) continue;
    const indicator = compiled.indicators[p] as Indicator;
    const pointsGained = roundTo((100 * indicator.weight * (target - current)) / denominator, 2);
    const lever = { indicatorId: indicator.id, dimensionId: dimension.id, current, target, pointsGained };
    keepIfTop(best, { lever, idRank: compiled.indicatorIdRank[p] as number });
  }
}

/**
 * Indicators ranked by the dimension index points gained if each alone were raised to its target:
 * 100 × wᵢ × (Tᵢ − Lᵢ) / (3 × Σ counted weights of its dimension), rounded to 2 decimals. Ties go to the indicator
 * id. Only the top TOP_LEVER_COUNT are kept.
 */
export function topLevers(compiled: CompiledInstrument, levels: readonly AnswerLevel[], targets: Targets): Lever[] {
  const best: RankedLever[] = [];
  for (let d = 0; d < compiled.instrument.dimensions.length; d++) collectLevers(best, compiled, d, levels, targets);
  return best.map((ranked) => ranked.lever);
}
