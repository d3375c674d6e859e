import { type InstrumentIndex, indicatorRef, profileRef } from "./integrity-references.ts";
import type { Instrument, ProfileCondition } from "./schema.ts";

function naConditionProblems(condition: ProfileCondition, index: InstrumentIndex, where: string): string[] {
  if ("all" in condition) return condition.all.flatMap((c) => naConditionProblems(c, index, where));
  if ("any" in condition) return condition.any.flatMap((c) => naConditionProblems(c, index, where));
  const option = "includes" in condition ? condition.includes : condition.excludes;
  return profileRef(index, condition.profile, option, where);
}

/**
 * `na` rules: `naWhen` only on an indicator that allows `na`, its profile references resolve, and no gate indicator
 * allows `na` (a gate is a UN minimum: declaring it inapplicable would lift the cap it sets).
 */
export function checkNaRules(instrument: Instrument, index: InstrumentIndex): string[] {
  const gated = new Set(instrument.dimensions.flatMap((d) => d.gates.map((g) => g.indicatorId)));
  return instrument.dimensions.flatMap((d) =>
    d.indicators.flatMap((i) => {
      const where = `naWhen of indicator "${i.id}"`;
      const problems = i.naWhen === undefined ? [] : naConditionProblems(i.naWhen, index, where);
      if (i.naWhen !== undefined && !i.naAllowed) problems.push(`indicator "${i.id}" has naWhen but does not allow na`);
      if (i.naAllowed && gated.has(i.id)) problems.push(`gate indicator "${i.id}" must not allow na`);
      return problems;
    }),
  );
}

/** Stages, when given, are exactly stages 1 to 5 in order, so every report can name its stage. */
export function checkStages(instrument: Instrument): string[] {
  const numbers = instrument.stages.map((s) => s.stage).join(",");
  return instrument.stages.length === 0 || numbers === "1,2,3,4,5"
    ? []
    : [`stages must be 1 to 5 in order, found: ${numbers}`];
}

/** Floor targets and lens weights name indicators of the instrument, each once; lens ids are unique. */
export function checkFloorsAndLenses(instrument: Instrument, index: InstrumentIndex): string[] {
  const floors = instrument.floorTargets.flatMap((f) => indicatorRef(index, f.indicatorId, "floor target"));
  const floorIds = instrument.floorTargets.map((f) => f.indicatorId);
  const repeatedFloors = floorIds
    .filter((id, k) => floorIds.indexOf(id) !== k)
    .map((id) => `floor target for indicator "${id}" is given twice`);
  const lensIds = instrument.lenses.map((l) => l.id);
  const repeatedLenses = lensIds.filter((id, k) => lensIds.indexOf(id) !== k).map((id) => `duplicate lens id "${id}"`);
  const weights = instrument.lenses.flatMap((l) =>
    Object.keys(l.weights).flatMap((id) => indicatorRef(index, id, `lens "${l.id}"`)),
  );
  return [...floors, ...repeatedFloors, ...repeatedLenses, ...weights];
}
