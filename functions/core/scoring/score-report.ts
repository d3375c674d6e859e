import type { Answers, Profile } from "../assessment.ts";
import type { Instrument } from "../instrument/schema.ts";
import type { ScoringContext } from "../recommendations/reasons.ts";
import { rankRecommendations } from "../recommendations/rank.ts";
import { answerState } from "./answer-state.ts";
import { type CompiledInstrument, compileInstrument } from "./compiled-instrument.ts";
import { scoreDimension } from "./dimension-score.ts";
import { topLevers } from "./levers.ts";
import { METHOD_VERSION, roundTo } from "./method.ts";
import { percentToTarget } from "./percent-to-target.ts";
import { raiseRedFlags } from "./risk-rules.ts";
import { computeTargets } from "./targets.ts";
import type { DimensionScore, FindOut, ScoreReport, Stage } from "./types.ts";

function overallOf(instrument: Instrument, dimensions: DimensionScore[]) {
  let weighted = 0;
  let weight = 0;
  let floor: number | null = null;
  let stage: Stage | null = null;
  dimensions.forEach((d, i) => {
    if (d.index === null || d.stage === null) return;
    const w = instrument.dimensions[i]?.weight ?? 1;
    weighted += w * d.index;
    weight += w;
    floor = floor === null ? d.index : Math.min(floor, d.index);
    stage = stage === null ? d.stage : (Math.min(stage, d.stage) as Stage);
  });
  return { mean: weight === 0 ? null : roundTo(weighted / weight, 2), floor, stage };
}

function overallCoverage(compiled: CompiledInstrument, answers: Answers): number | null {
  let answered = 0;
  let applicable = 0;
  for (const [id, indicator] of compiled.indicatorById) {
    const state = answerState(answers, id);
    if (state === "na") continue;
    applicable += indicator.weight;
    if (state === "level") answered += indicator.weight;
  }
  return applicable === 0 ? null : roundTo(answered / applicable, 4);
}

function findOuts(compiled: CompiledInstrument, answers: Answers): FindOut[] {
  const items: FindOut[] = [];
  for (const dimension of compiled.instrument.dimensions) {
    for (const indicator of dimension.indicators) {
      const state = answerState(answers, indicator.id);
      if (state === "unknown" || state === "unanswered") {
        items.push({ indicatorId: indicator.id, dimensionId: dimension.id, state });
      }
    }
  }
  return items;
}

/**
 * The full score report of one assessment: dimension indices and stages, overall mean/floor/stage, percent to
 * target, red flags, top levers, ranked and phased recommendations and "find out" actions. Pure and deterministic:
 * the same instrument, answers and profile always give the same report, whatever the order of the answers.
 */
export function scoreAssessment(instrument: Instrument, answers: Answers, profile: Profile): ScoreReport {
  const compiled = compileInstrument(instrument);
  const targets = computeTargets(compiled, profile);
  const dimensions = instrument.dimensions.map((d) => scoreDimension(d, answers));
  const redFlags = raiseRedFlags(instrument.riskRules, answers, profile);
  const ctx: ScoringContext = {
    compiled,
    answers,
    profile,
    targets,
    flags: new Map(redFlags.map((f) => [f.ruleId, f])),
  };
  return {
    methodVersion: METHOD_VERSION,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall: {
      ...overallOf(instrument, dimensions),
      percentToTarget: percentToTarget(compiled, answers, targets),
      coverage: overallCoverage(compiled, answers),
    },
    targets,
    redFlags,
    topLevers: topLevers(compiled, answers, targets),
    recommendations: rankRecommendations(ctx),
    findOut: findOuts(compiled, answers),
  };
}
