import { type AnswerState, answerStates } from "../answer-state.ts";
import type { Answers, Profile } from "../assessment.ts";
import { lookupOf } from "../instrument/lookup.ts";
import type { Instrument, Level } from "../instrument/schema.ts";
import { capacityFromProfile } from "../recommendations/capacity-input.ts";
import { rankRecommendations } from "../recommendations/rank.ts";
import type { RoadmapFacts } from "../recommendations/reasons.ts";
import type { Capacity } from "../recommendations/types.ts";
import { scoreDimension } from "./dimension-score.ts";
import { topLevers } from "./levers.ts";
import { METHOD_VERSION, type MethodVersion } from "./method.ts";
import { findOuts, overallCoverage, overallOf } from "./overall.ts";
import { percentToTarget } from "./percent-to-target.ts";
import { raiseRedFlags } from "./red-flags.ts";
import { stageNameOf } from "./stages.ts";
import { targetsOf } from "./targets.ts";
import type { DimensionScore, ScoreReport } from "./types.ts";

/**
 * How to score: the method (live scores use METHOD_VERSION) and, optionally, staff-months per horizon; without
 * them, the capacity the profile saves (if any) plans the roadmap.
 */
export interface ScoreOptions {
  method?: MethodVersion;
  capacity?: Capacity;
}

/** The overall figures; under 1.1 the headline has no stage when any dimension is below the coverage floor. */
function overallFigures(
  instrument: Instrument,
  dimensions: readonly DimensionScore[],
  method11: boolean,
  states: ReadonlyMap<string, AnswerState>,
  targets: Readonly<Record<string, Level>>,
): ScoreReport["overall"] {
  const { mean, floor, stage } = overallOf(instrument, dimensions);
  const percent = percentToTarget(instrument, states, targets);
  const coverage = overallCoverage(instrument, states);
  if (!method11) return { mean, floor, stage, percentToTarget: percent, coverage };
  const belowCoverage = dimensions.some((d) => d.belowCoverage === true);
  const headline = belowCoverage ? null : stage;
  const stageName = stageNameOf(instrument, headline);
  return { mean, floor, stage: headline, stageName, belowCoverage, percentToTarget: percent, coverage };
}

/**
 * The full score report of one assessment (METHODOLOGY.md, section by section): dimension indices and stages,
 * overall figures, percent to target, red flags, top levers, the ranked roadmap and the find-out list. Pure and
 * deterministic: the same instrument, answers, profile and options always give the same report.
 */
export function scoreAssessment(
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  options: ScoreOptions = {},
): ScoreReport {
  const method = options.method ?? METHOD_VERSION;
  const method11 = method === "1.1.0";
  const lookup = lookupOf(instrument);
  const states = answerStates(instrument, answers, profile, method11);
  const targets = targetsOf(instrument, profile, method11);
  const dimensions = instrument.dimensions.map((d) => scoreDimension(instrument, d, states, { method11 }));
  const redFlags = raiseRedFlags(instrument, states, profile);
  const facts: RoadmapFacts = { instrument, lookup, states, targets, raisedFlags: redFlags, profile };
  const capacity = method11 ? (options.capacity ?? capacityFromProfile(profile)) : undefined;
  const rules = { findOutFirst: method11, startHere: method11, capacity };
  const roadmap = rankRecommendations(facts, rules);
  const overall = overallFigures(instrument, dimensions, method11, states, targets);
  return {
    methodVersion: method,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall,
    targets,
    redFlags,
    topLevers: topLevers(instrument, states, targets),
    recommendations: roadmap.recommendations,
    ...(roadmap.capacityPlan === undefined ? {} : { capacityPlan: roadmap.capacityPlan }),
    findOut: findOuts(instrument, states),
  };
}
