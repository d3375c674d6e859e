import type { Condition, Instrument, Trigger } from "./schema.ts";

/** Lookup tables of everything an instrument can refer to. */
export interface InstrumentIndex {
  /** Indicator id → id of the dimension that holds it. */
  indicatorDimension: ReadonlyMap<string, string>;
  /** Profile question id → ids of its options. */
  profileOptions: ReadonlyMap<string, ReadonlySet<string>>;
  riskRules: ReadonlySet<string>;
  recommendations: ReadonlySet<string>;
}

/** Builds the lookup tables used to resolve references. */
export function indexInstrument(instrument: Instrument): InstrumentIndex {
  return {
    indicatorDimension: new Map(instrument.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, d.id] as const))),
    profileOptions: new Map(instrument.profile.map((q) => [q.id, new Set(q.options.map((o) => o.id))] as const)),
    riskRules: new Set(instrument.riskRules.map((r) => r.id)),
    recommendations: new Set(instrument.recommendations.map((r) => r.id)),
  };
}

/** A problem when `id` names no indicator of the instrument. */
export function indicatorRef(index: InstrumentIndex, id: string, where: string): string[] {
  return index.indicatorDimension.has(id) ? [] : [`${where} refers to unknown indicator "${id}"`];
}

/** A problem when the question or its option does not exist. */
export function profileRef(index: InstrumentIndex, questionId: string, optionId: string, where: string): string[] {
  const options = index.profileOptions.get(questionId);
  if (options === undefined) return [`${where} refers to unknown profile question "${questionId}"`];
  return options.has(optionId)
    ? []
    : [`${where} refers to unknown option "${optionId}" of profile question "${questionId}"`];
}

/** Gates must name an indicator of their own dimension: a gate on another dimension could never be scored. */
export function checkGates(instrument: Instrument, index: InstrumentIndex): string[] {
  return instrument.dimensions.flatMap((d) =>
    d.gates.flatMap((gate) => {
      const where = `gate of dimension "${d.id}"`;
      const owner = index.indicatorDimension.get(gate.indicatorId);
      if (owner === undefined) return indicatorRef(index, gate.indicatorId, where);
      return owner === d.id ? [] : [`${where} refers to indicator "${gate.indicatorId}" of dimension "${owner}"`];
    }),
  );
}

/** Every indicator a profile option raises must exist. */
export function checkRaises(instrument: Instrument, index: InstrumentIndex): string[] {
  return instrument.profile.flatMap((q) =>
    q.options.flatMap((o) =>
      (o.raises ?? []).flatMap((r) =>
        indicatorRef(index, r.indicatorId, `option "${o.id}" of profile question "${q.id}"`),
      ),
    ),
  );
}

function conditionProblems(condition: Condition, index: InstrumentIndex, where: string): string[] {
  if ("all" in condition) return condition.all.flatMap((c) => conditionProblems(c, index, where));
  if ("any" in condition) return condition.any.flatMap((c) => conditionProblems(c, index, where));
  if ("profile" in condition) return profileRef(index, condition.profile, condition.includes, where);
  return indicatorRef(index, condition.indicator, where);
}

/** Every indicator and profile option a risk rule tests must exist, at any depth of nesting. */
export function checkConditions(instrument: Instrument, index: InstrumentIndex): string[] {
  return instrument.riskRules.flatMap((rule) => conditionProblems(rule.when, index, `risk rule "${rule.id}"`));
}

function triggerProblems(trigger: Trigger, index: InstrumentIndex, where: string): string[] {
  if ("redFlag" in trigger) {
    return index.riskRules.has(trigger.redFlag) ? [] : [`${where} refers to unknown risk rule "${trigger.redFlag}"`];
  }
  if ("profile" in trigger) return profileRef(index, trigger.profile, trigger.includes, where);
  return indicatorRef(index, trigger.indicator, where);
}

/** Every trigger and prerequisite of a recommendation must resolve. */
export function checkRecommendationReferences(instrument: Instrument, index: InstrumentIndex): string[] {
  return instrument.recommendations.flatMap((rec) => {
    const where = `recommendation "${rec.id}"`;
    const triggers = rec.triggers.flatMap((t) => triggerProblems(t, index, where));
    const prerequisites = rec.prerequisites
      .filter((id) => !index.recommendations.has(id))
      .map((id) => `${where} has unknown prerequisite "${id}"`);
    return [...triggers, ...prerequisites];
  });
}
