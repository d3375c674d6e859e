import { type AnswerState, answerStates } from "../answer-state.ts";
import type { Answers, Profile } from "../assessment.ts";
import type { Dimension, Gate, Instrument, Lens } from "../instrument/schema.ts";
import { roundTo } from "../rounding.ts";
import { STAGE_THRESHOLDS } from "./method.ts";
import { scoreAssessment } from "./score-report.ts";
import { pick, type Random, seededRandom } from "./seeded-random.ts";
import { cappedStage, stageForIndex } from "./stages.ts";
import type { Stage } from "./types.ts";

/** The value of levels 0–3 under each spacing the sensitivity tries (METHODOLOGY §11). */
export const LEVEL_SPACINGS = {
  linear: [0, 1 / 3, 2 / 3, 1],
  convex: [0, 0.2, 0.5, 1],
  concave: [0, 0.5, 0.8, 1],
} as const;

/** Draws per sensitivity answer: each stage share to about ±3 percentage points, within half a second (METHODOLOGY). */
export const SENSITIVITY_DRAWS = 1000;

/** How far, in index points, the stage thresholds may move together. */
export const THRESHOLD_SHIFT = 5;

/** Each indicator weight is multiplied by a factor drawn in [WEIGHT_LOW, WEIGHT_LOW + 1). */
export const WEIGHT_LOW = 0.5;

type GateVariant = "as-written" | "none" | "one-level-lower";

/** One plausible method: a draw of every choice the method makes. */
interface Draw {
  weight: (indicatorId: string) => number;
  spacing: readonly number[];
  thresholds: typeof STAGE_THRESHOLDS;
  gates: GateVariant;
  /** The level an `unknown` or unanswered indicator takes in this draw. */
  imputed: (indicatorId: string) => number;
}

export type StageProbabilities = Record<"1" | "2" | "3" | "4" | "5", number>;

export interface Sensitivity {
  draws: number;
  dimensions: { dimensionId: string; stageProbabilities: StageProbabilities; indexBand: [number, number] }[];
  headline: { stageProbabilities: StageProbabilities };
  lenses: { id: Lens["id"]; headlineStage: Stage | null }[];
}

function drawMethod(random: Random, ids: readonly string[]): Draw {
  const multipliers = new Map(ids.map((id) => [id, WEIGHT_LOW + random()]));
  const imputed = new Map(ids.map((id) => [id, Math.floor(random() * 4)]));
  const shift = (2 * random() - 1) * THRESHOLD_SHIFT;
  return {
    weight: (id) => multipliers.get(id) ?? 1,
    spacing: pick(random, [LEVEL_SPACINGS.linear, LEVEL_SPACINGS.convex, LEVEL_SPACINGS.concave]),
    thresholds: STAGE_THRESHOLDS.map((t) => ({ stage: t.stage, minIndex: t.stage === 1 ? 0 : t.minIndex + shift })),
    gates: pick<GateVariant>(random, ["as-written", "none", "one-level-lower"]),
    imputed: (id) => imputed.get(id) ?? 0,
  };
}

/** The level an indicator has in a draw: its answer, or the drawn level when nobody knows; undefined when `na`. */
function levelIn(draw: Draw, id: string, state: AnswerState | undefined): number | undefined {
  if (state?.kind === "na") return undefined;
  return state?.kind === "level" ? state.level : draw.imputed(id);
}

function gatesIn(draw: Draw, dimension: Dimension): readonly Pick<Gate, "indicatorId" | "minLevel" | "forStage">[] {
  if (draw.gates === "none") return [];
  if (draw.gates === "as-written") return dimension.gates;
  return dimension.gates.flatMap((g) => (g.minLevel === 1 ? [] : [{ ...g, minLevel: g.minLevel === 3 ? 2 : 1 }]));
}

function dimensionUnder(draw: Draw, dimension: Dimension, states: ReadonlyMap<string, AnswerState>) {
  let weighted = 0;
  let total = 0;
  for (const indicator of dimension.indicators) {
    const level = levelIn(draw, indicator.id, states.get(indicator.id));
    if (level === undefined) continue;
    const weight = indicator.weight * draw.weight(indicator.id);
    weighted += weight * (draw.spacing[level] ?? 0);
    total += weight;
  }
  const index = total === 0 ? 0 : (100 * weighted) / total;
  const uncapped = stageForIndex(index, draw.thresholds);
  // A gate on an `na` indicator is waived, as in the method itself.
  const biting = gatesIn(draw, dimension).filter((g) => {
    const level = levelIn(draw, g.indicatorId, states.get(g.indicatorId));
    return g.forStage <= uncapped && level !== undefined && level < g.minLevel;
  });
  return { index, stage: cappedStage(uncapped, biting) };
}

/** Share of draws at each stage, to 3 decimals. */
function probabilities(stages: readonly Stage[]): StageProbabilities {
  const share = (s: Stage) => roundTo(stages.filter((x) => x === s).length / stages.length, 3);
  return { "1": share(1), "2": share(2), "3": share(3), "4": share(4), "5": share(5) };
}

/** The nearest-rank percentile `p` (0–100) of the values, to 2 decimals. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return roundTo(sorted[rank - 1] ?? 0, 2);
}

/** The instrument with its indicator weights multiplied as the lens says. */
function underLens(instrument: Instrument, lens: Lens): Instrument {
  const dimensions = instrument.dimensions.map((d) => ({
    ...d,
    indicators: d.indicators.map((i) => ({ ...i, weight: i.weight * (lens.weights[i.id] ?? 1) })),
  }));
  return { ...instrument, dimensions };
}

/**
 * How firm the stages are (METHODOLOGY §11): `draws` plausible methods, each drawing indicator weights ×U(0.5, 1.5),
 * a level spacing (linear, convex or concave), a common shift of the stage thresholds within ±5, a gate variant
 * (as written, none, one level lower) and a level 0–3 for every `unknown` or unanswered indicator. Reports how
 * often each dimension and the headline land at each stage, the 5th–95th percentile band of each index, and the
 * headline stage (method 1.1) under each lens of the instrument. Deterministic for a seed.
 */
export function sensitivity(
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  options: { draws: number; seed: number },
): Sensitivity {
  const random = seededRandom(options.seed);
  const states = answerStates(instrument, answers, profile, true);
  const ids = [...states.keys()];
  const runs = Array.from({ length: options.draws }, () => {
    const draw = drawMethod(random, ids);
    return instrument.dimensions.map((d) => dimensionUnder(draw, d, states));
  });
  const dimensions = instrument.dimensions.map((d, k) => {
    const results = runs.flatMap((run) => run[k] ?? []);
    const indices = results.map((r) => r.index);
    return {
      dimensionId: d.id,
      stageProbabilities: probabilities(results.map((r) => r.stage)),
      indexBand: [percentile(indices, 5), percentile(indices, 95)] satisfies [number, number],
    };
  });
  const headlines = runs.map((run) => run.reduce<Stage>((low, r) => (r.stage < low ? r.stage : low), 5));
  const lenses = instrument.lenses.map((lens) => ({
    id: lens.id,
    headlineStage: scoreAssessment(underLens(instrument, lens), answers, profile).overall.stage,
  }));
  return { draws: options.draws, dimensions, headline: { stageProbabilities: probabilities(headlines) }, lenses };
}
