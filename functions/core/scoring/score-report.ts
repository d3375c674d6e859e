import type { Answers, Profile } from "../assessment.ts";
import type { Indicator, Instrument } from "../instrument/schema.ts";
import { rankRecommendations } from "../recommendations/rank.ts";
import type { ScoringContext } from "../recommendations/reasons.ts";
import { type AnswerLevel, answerVector } from "./answer-vector.ts";
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
    const w = instrument.dimensions[i]?.weight as number;
    weighted += w * d.index;
    weight += w;
    floor = floor === null ? d.index : Math.min(floor, d.index);
    stage = stage === null ? d.stage : (Math.min(stage, d.stage) as Stage);
  });
  return { mean: weight === 0 ? null : roundTo(weighted / weight, 2), floor, stage };
}

function overallCoverage(compiled: CompiledInstrument, levels: readonly AnswerLevel[]): number | null {
  let answered = 0;
  let applicable = 0;
  compiled.indicators.forEach((indicator, i) => {
    const level = levels[i];
    if (level === "na") return;
    applicable += indicator.weight;
    if (typeof level === "number") answered += indicator.weight;
  });
  return applicable === 0 ? null : roundTo(answered / applicable, 4);
}

function findOuts(compiled: CompiledInstrument, levels: readonly AnswerLevel[]): FindOut[] {
  const items: FindOut[] = [];
  compiled.instrument.dimensions.forEach((dimension, d) => {
    for (const p of compiled.dimensionPositions[d] as number[]) {
      const level = levels[p];
      if (level !== undefined && level !== "unknown") continue;
      const state = level === undefined ? "unanswered" : "unknown";
      items.push({ indicatorId: (compiled.indicators[p] as Indicator).id, dimensionId: dimension.id, state });
    }
  });
  return items;
}

/**
 * The full score report of one assessment: dimension indices and stages, overall mean/floor/stage, percent to
 * target, red flags, top levers, ranked and phased recommendations and "find out" actions. Pure and deterministic:
 * the same instrument, answers and profile always give the same report, whatever the order of the answers.
 */
export function scoreAssessment(instrument: Instrument, answers: Answers, profile: Profile): ScoreReport {
  const compiled = compileInstrument(instrument);
  const levels = answerVector(compiled, answers);
  const targets = computeTargets(compiled, profile);
  const dimensions = instrument.dimensions.map((d) => scoreDimension(d, answers));
  const redFlags = raiseRedFlags(compiled, levels, profile);
  const ctx: ScoringContext = {
    compiled,
    levels,
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
      percentToTarget: percentToTarget(compiled, levels, targets),
      coverage: overallCoverage(compiled, levels),
    },
    targets: targets.byId,
    redFlags,
    topLevers: topLevers(compiled, levels, targets),
    recommendations: rankRecommendations(ctx),
    findOut: findOuts(compiled, levels),
  };
}
