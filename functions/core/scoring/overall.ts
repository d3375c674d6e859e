import type { AnswerState } from "../answer-state.ts";
import type { Instrument } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import type { DimensionScore, FindOut, Stage } from "./types.ts";

/**
 * Mean (by dimension weight), floor and headline stage over the dimensions that have an index and a stage
 * (METHODOLOGY §4): the headline is the weakest link.
 */
export function overallOf(instrument: Instrument, dimensions: readonly DimensionScore[]) {
  let weighted = 0;
  let weight = 0;
  let floor: number | null = null;
  let stage: Stage | null = null;
  instrument.dimensions.forEach((dimension, k) => {
    const score = dimensions[k];
    if (score?.index == null || score.stage === null) return;
    weighted += dimension.weight * score.index;
    weight += dimension.weight;
    floor = floor === null || score.index < floor ? score.index : floor;
    stage = stage === null || score.stage < stage ? score.stage : stage;
  });
  return { mean: weight === 0 ? null : roundTo(weighted / weight, 2), floor, stage };
}

/** Share (by weight) of the instrument's applicable indicators that have a level; null when all are `na`. */
export function overallCoverage(instrument: Instrument, states: ReadonlyMap<string, AnswerState>): number | null {
  let answered = 0;
  let applicable = 0;
  for (const dimension of instrument.dimensions) {
    for (const indicator of dimension.indicators) {
      const state = states.get(indicator.id);
      if (state?.kind === "na") continue;
      applicable += indicator.weight;
      if (state?.kind === "level") answered += indicator.weight;
    }
  }
  return applicable === 0 ? null : roundTo(answered / applicable, 4);
}

/** Every `unknown` or unanswered indicator, dimension by dimension (METHODOLOGY §10). */
export function findOuts(instrument: Instrument, states: ReadonlyMap<string, AnswerState>): FindOut[] {
  const found: FindOut[] = [];
  for (const dimension of instrument.dimensions) {
    for (const indicator of dimension.indicators) {
      const state = states.get(indicator.id);
      if (state?.kind === "unknown" || state?.kind === "unanswered") {
        found.push({ indicatorId: indicator.id, dimensionId: dimension.id, state: state.kind });
      }
    }
  }
  return found;
}
