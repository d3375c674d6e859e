import type { Dimension, Indicator, Instrument, Level, ProfileOption, RiskRule } from "../instrument/schema.ts";
import { planRecommendations, type RecommendationPlan } from "../recommendations/rank.ts";
import { buildReasonTexts, type ReasonTexts } from "../recommendations/why.ts";
import { collationRanks } from "./collation.ts";
import { type ConditionTest, compileCondition } from "./risk-rules.ts";

/** Lookups derived once per instrument so scoring stays linear in the number of indicators. */
export interface CompiledInstrument {
  instrument: Instrument;
  indicatorById: ReadonlyMap<string, Indicator>;
  /** The values of `indicatorById`, in instrument order: an indicator's index here is its position. */
  indicators: readonly Indicator[];
  /** Position of each indicator id in `indicators` and in every per-report answer vector. */
  positionOf: ReadonlyMap<string, number>;
  /** Positions of each dimension's indicators, dimension by dimension. */
  dimensionPositions: readonly (readonly number[])[];
  dimensionOfIndicator: ReadonlyMap<string, Dimension>;
  gateIndicatorIds: ReadonlySet<string>;
  baselineQuestionIds: readonly string[];
  riskRuleById: ReadonlyMap<string, RiskRule>;
  /** The condition of each risk rule, in instrument order, as a function. */
  riskRuleTests: readonly ConditionTest[];
  /** Profile options by question id, then option id. */
  optionsByQuestion: ReadonlyMap<string, ReadonlyMap<string, ProfileOption>>;
  /** Every indicator at the same target, one record per level 0–3, copied as the start of each report's targets. */
  uniformTargets: readonly Readonly<Record<string, Level>>[];
  /** By position: the indicator id's rank in `localeCompare` order, to break ties without comparing strings. */
  indicatorIdRank: readonly number[];
  /** What ranking needs of each recommendation, in instrument order. */
  recommendationPlans: readonly RecommendationPlan[];
  /** The sentences of every reason a recommendation can give. */
  reasonTexts: ReasonTexts;
}

const cache = new WeakMap<Instrument, CompiledInstrument>();

/** Items by id, the first one winning as `Array.prototype.find` would if an unchecked instrument repeats an id. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

function indexIndicators(instrument: Instrument) {
  const indicatorById = new Map<string, Indicator>();
  const dimensionOfIndicator = new Map<string, Dimension>();
  const gateIndicatorIds = new Set<string>();
  for (const dimension of instrument.dimensions) {
    for (const indicator of dimension.indicators) {
      indicatorById.set(indicator.id, indicator);
      dimensionOfIndicator.set(indicator.id, dimension);
    }
    for (const gate of dimension.gates) gateIndicatorIds.add(gate.indicatorId);
  }
  return { indicatorById, dimensionOfIndicator, gateIndicatorIds };
}

function uniformTargets(ids: readonly string[]): Record<string, Level>[] {
  return ([0, 1, 2, 3] as const).map((level) => Object.fromEntries(ids.map((id) => [id, level])));
}

/** Returns the lookups for `instrument`, computing them on first use. Instruments are immutable data. */
export function compileInstrument(instrument: Instrument): CompiledInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const indexed = indexIndicators(instrument);
  const ids = [...indexed.indicatorById.keys()];
  const positionOf = new Map(ids.map((id, i) => [id, i]));
  const idRanks = collationRanks(ids);
  const riskRuleById = firstById(instrument.riskRules);
  const optionsByQuestion = new Map([...firstById(instrument.profile)].map(([id, q]) => [id, firstById(q.options)]));
  const compiled: CompiledInstrument = {
    instrument,
    ...indexed,
    indicators: [...indexed.indicatorById.values()],
    positionOf,
    dimensionPositions: instrument.dimensions.map((d) => d.indicators.map((i) => positionOf.get(i.id) as number)),
    baselineQuestionIds: instrument.profile
      .filter((q) => q.options.some((o) => o.baseline !== undefined))
      .map((q) => q.id),
    riskRuleById,
    riskRuleTests: instrument.riskRules.map((rule) => compileCondition(rule.when, positionOf)),
    optionsByQuestion,
    uniformTargets: uniformTargets(ids),
    indicatorIdRank: ids.map((id) => idRanks.get(id) as number),
    recommendationPlans: planRecommendations(instrument.recommendations, positionOf),
    reasonTexts: buildReasonTexts(indexed.indicatorById, riskRuleById, optionsByQuestion),
  };
  cache.set(instrument, compiled);
  return compiled;
}
