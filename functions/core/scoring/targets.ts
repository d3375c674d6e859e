import type { Profile } from "../assessment.ts";
import type { Level, ProfileOption } from "../instrument/schema.ts";
import type { Targets } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";

/** The options the profile chose, ids the instrument does not know ignored; order is irrelevant as only maxima count. */
function chosenOptions(compiled: CompiledInstrument, profile: Profile): ProfileOption[] {
  const options: ProfileOption[] = [];
  for (const [questionId, byId] of compiled.optionsByQuestion) {
    const chosen = profile[questionId];
    if (chosen === undefined) continue;
    for (let i = 0; i < chosen.length; i++) {
      const option = byId.get(chosen[i] as string);
      if (option !== undefined) options.push(option);
    }
  }
  return options;
}

/**
 * Target level per indicator: the baseline of the chosen "target readiness" option (or the instrument default),
 * raised by every chosen option that names the indicator. Targets only ever go up.
 */
export function computeTargets(compiled: CompiledInstrument, profile: Profile): Targets {
  const options = chosenOptions(compiled, profile);
  let chosenBaseline: Level | undefined;
  for (const o of options) {
    if (o.baseline !== undefined && (chosenBaseline === undefined || o.baseline > chosenBaseline)) {
      chosenBaseline = o.baseline;
    }
  }
  const baseline = chosenBaseline ?? compiled.instrument.defaultTarget;
  const byPosition = compiled.indicators.map(() => baseline);
  const byId: Record<string, Level> = { ...compiled.uniformTargets[baseline] };
  for (const option of options) {
    for (const raise of option.raises ?? []) {
      const position = compiled.positionOf.get(raise.indicatorId);
      if (position === undefined || raise.level <= (byPosition[position] as Level)) continue;
      byPosition[position] = raise.level;
      byId[raise.indicatorId] = raise.level;
    }
  }
  return { byPosition, byId };
}
