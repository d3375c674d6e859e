import type { Answers, Profile } from "../../../../functions/core/assessment.ts";
import type { Instrument } from "../../../../functions/core/instrument/schema.ts";
import { answerVector, NA, UNKNOWN } from "./answer-vector.ts";
import { type CompiledInstrument, compileInstrument } from "./compiled-instrument.ts";
import { scorePlannedDimension } from "./dimension-score.ts";
import { topLevers } from "./levers.ts";
import { METHOD_VERSION, roundTo } from "./method.ts";
import { percentToTarget } from "./percent-to-target.ts";
import { readChoices } from "./profile-choices.ts";
import { rankRecommendations } from "./rank.ts";
import { raiseRedFlags } from "./risk-rules.ts";
import { computeTargets } from "./targets.ts";
import type { DimensionScore, FindOut, ScoreReport, Stage } from "./types.ts";

function overallOf(instrument: Instrument, dimensions: DimensionScore[]) {
  let weighted = 0;
  let weight = 0;
  let floor: number | null = null;
  let stage: Stage | null = null;
  for (let i = 0; i < dimensions.length; i++) {
    const d = dimensions[i] as DimensionScore;
    if (d.index === null || d.stage === null) continue;
    const w = instrument.dimensions[i]?.weight as number;
    weighted += w * d.index;
    weight += w;
    floor = floor === null ? d.index : Math.min(floor, d.index);
    stage = stage === null ? d.stage : (Math.min(stage, d.stage) as Stage);
  }
  return { mean: weight === 0 ? null : roundTo(weighted / weight, 2), floor, stage };
}

function overallCoverage(compiled: CompiledInstrument, codes: readonly number[]): number | null {
  let answered = 0;
  let applicable = 0;
  const { weights } = compiled;
  for (let p = 0; p < weights.length; p++) {
    const code = codes[p] as number;
    if (code === NA) continue;
    applicable += weights[p] as number;
    if (code >= 0) answered += weights[p] as number;
  }
  return applicable === 0 ? null : roundTo(answered / applicable, 4);
}

/** Unknown and unanswered indicators, dimension by dimension; the items are built once per instrument and shared. */
function findOuts(compiled: CompiledInstrument, codes: readonly number[]): FindOut[] {
  const items: FindOut[] = [];
  for (const plan of compiled.dimensionPlans) {
    for (let k = 0; k < plan.positions.length; k++) {
      const code = codes[plan.positions[k] as number] as number;
      if (code >= 0 || code === NA) continue;
      items.push((code === UNKNOWN ? plan.unknownItems[k] : plan.unansweredItems[k]) as FindOut);
    }
  }
  return items;
}

/**
 * The full score report of one assessment: dimension indices and stages, overall mean/floor/stage, percent to
 * target, red flags, top levers, ranked and phased recommendations and "find out" actions. Pure and deterministic:
 * the same instrument, answers and profile always give the same report, whatever the order of the answers. Parts
 * that are the same in every report (reasons, red flags, gate caps, find-out items) are frozen and shared.
 */
export function scoreAssessment(instrument: Instrument, answers: Answers, profile: Profile): ScoreReport {
  const compiled = compileInstrument(instrument);
  const codes = answerVector(compiled, answers);
  const { chosen, options } = readChoices(compiled.profilePairs, profile);
  const targets = computeTargets(compiled, options);
  const dimensions = compiled.dimensionPlans.map((plan) => scorePlannedDimension(plan, codes));
  const { flags: redFlags, raised } = raiseRedFlags(compiled, codes, chosen);
  const { mean, floor, stage } = overallOf(instrument, dimensions);
  return {
    methodVersion: METHOD_VERSION,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall: {
      mean,
      floor,
      stage,
      percentToTarget: percentToTarget(compiled, codes, targets),
      coverage: overallCoverage(compiled, codes),
    },
    targets: targets.byId,
    redFlags,
    topLevers: topLevers(compiled, codes, targets),
    recommendations: rankRecommendations({ compiled, codes, chosen, targets, raised }),
    findOut: findOuts(compiled, codes),
  };
}
