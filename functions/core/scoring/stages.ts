import type { AnswerState } from "../answer-state.ts";
import type { Dimension, Gate, Instrument } from "../instrument/schema.ts";
import { STAGE_THRESHOLDS } from "./method.ts";
import type { GateCap, Stage } from "./types.ts";

/** The highest stage whose threshold the index reaches, before gates (METHODOLOGY §3, step 1). */
export function stageForIndex(index: number, thresholds = STAGE_THRESHOLDS): Stage {
  let stage: Stage = 1;
  for (const t of thresholds) if (index >= t.minIndex) stage = t.stage;
  return stage;
}

/** A gate is unmet when its indicator is below `minLevel`, `unknown` or unanswered; `na` waives it. */
export function gateUnmet(gate: Pick<Gate, "minLevel">, state: AnswerState | undefined): boolean {
  if (state?.kind === "na") return false;
  return state?.kind !== "level" || state.level < gate.minLevel;
}

/** The unmet gates that guard a stage the index reaches, in instrument order (METHODOLOGY §3, steps 2–3). */
export function bitingGates(
  dimension: Dimension,
  states: ReadonlyMap<string, AnswerState>,
  uncapped: Stage,
): GateCap[] {
  return dimension.gates
    .filter((gate) => gate.forStage <= uncapped && gateUnmet(gate, states.get(gate.indicatorId)))
    .map(({ indicatorId, minLevel, forStage }) => ({ indicatorId, minLevel, forStage }));
}

const STAGE_BELOW: Readonly<Record<Gate["forStage"], Stage>> = { 2: 1, 3: 2, 4: 3, 5: 4 };

/** One below the lowest stage a biting gate guards, or the uncapped stage when none bites (step 4). */
export function cappedStage(uncapped: Stage, biting: readonly GateCap[]): Stage {
  let stage = uncapped;
  for (const gate of biting) if (STAGE_BELOW[gate.forStage] < stage) stage = STAGE_BELOW[gate.forStage];
  return stage;
}

/** The instrument's English name of a stage, or null when it has no stage names or there is no stage. */
export function stageNameOf(instrument: Instrument, stage: Stage | null): string | null {
  return instrument.stages.find((s) => s.stage === stage)?.name.en ?? null;
}
