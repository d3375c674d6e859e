import type { Indicator, Instrument, Level } from "../../../../functions/core/instrument/schema.ts";
import { answerPositions } from "./answer-vector.ts";
import { collationRanks } from "./collation.ts";
import { type DimensionPlan, planDimension } from "./dimension-score.ts";
import { ProfilePairs } from "./profile-choices.ts";
import { planRecommendations, type RecommendationPlan } from "./rank.ts";
import { triggerPlanner } from "./reasons.ts";
import { type ConditionTest, compileCondition, flagOf } from "./risk-rules.ts";
import type { RedFlag } from "./types.ts";

/**
 * Everything about an instrument that does not depend on the answers, derived once, so that scoring reads arrays
 * by position instead of looking ids up, and shares the objects that are the same in every report.
 */
export interface CompiledInstrument {
  instrument: Instrument;
  /**
   * One indicator per id, in instrument order: an indicator's index here is its position. Were an id repeated
   * (integrity rules forbid it), its first occurrence gives the position and its last the definition, as a Map would.
   */
  indicators: readonly Indicator[];
  /** By position: the indicator's id and weight. */
  ids: readonly string[];
  weights: readonly number[];
  /** Ids whose answers a report reads, by position in its answer codes: the indicators, then gates' strays. */
  answerIds: readonly string[];
  dimensionPlans: readonly DimensionPlan[];
  profilePairs: ProfilePairs;
  /** The condition of each risk rule, in instrument order, as a function; and the flag it raises. */
  riskRuleTests: readonly ConditionTest[];
  riskFlags: readonly Readonly<RedFlag>[];
  /** Every indicator at the same target, one record per level 0–3, copied as the start of each report's targets. */
  uniformTargets: readonly Readonly<Record<string, Level>>[];
  /** The same by position. */
  uniformPositionTargets: readonly (readonly Level[])[];
  /** By position: the indicator id's rank in `localeCompare` order, to break ties without comparing strings. */
  indicatorIdRank: readonly number[];
  /** What ranking needs of each recommendation, in instrument order. */
  recommendationPlans: readonly RecommendationPlan[];
}

const cache = new WeakMap<Instrument, CompiledInstrument>();
const LEVELS = [0, 1, 2, 3] as const;

function indicatorsById(instrument: Instrument): Map<string, Indicator> {
  const byId = new Map<string, Indicator>();
  for (const dimension of instrument.dimensions) for (const i of dimension.indicators) byId.set(i.id, i);
  return byId;
}

function gateIndicatorIds(instrument: Instrument): Set<string> {
  return new Set(instrument.dimensions.flatMap((d) => d.gates.map((g) => g.indicatorId)));
}

/** Returns the lookups for `instrument`, computing them on first use. Instruments are immutable data. */
export function compileInstrument(instrument: Instrument): CompiledInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const indicators = [...indicatorsById(instrument).values()];
  const ids = indicators.map((i) => i.id);
  const positionOf = new Map(ids.map((id, p) => [id, p]));
  const answerPositionOf = answerPositions(instrument.dimensions);
  const idRanks = collationRanks(ids);
  const profilePairs = new ProfilePairs(instrument.profile, positionOf);
  const { riskRules } = instrument;
  const riskRuleTests = riskRules.map((rule) => compileCondition(rule.when, positionOf, profilePairs));
  const planTrigger = triggerPlanner({
    positionOf,
    indicators,
    gateIndicatorIds: gateIndicatorIds(instrument),
    riskRules,
    pairs: profilePairs,
  });
  const compiled: CompiledInstrument = {
    instrument,
    indicators,
    ids,
    weights: indicators.map((i) => i.weight),
    answerIds: [...answerPositionOf.keys()],
    dimensionPlans: instrument.dimensions.map((d) => planDimension(d, answerPositionOf)),
    profilePairs,
    riskRuleTests,
    riskFlags: riskRules.map(flagOf),
    uniformTargets: LEVELS.map((level) => Object.fromEntries(ids.map((id) => [id, level]))),
    uniformPositionTargets: LEVELS.map((level) => ids.map(() => level)),
    indicatorIdRank: ids.map((id) => idRanks.get(id) as number),
    recommendationPlans: planRecommendations(instrument.recommendations, planTrigger),
  };
  cache.set(instrument, compiled);
  return compiled;
}
