import type { Profile } from "../assessment.ts";
import type { Level } from "../instrument/schema.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";

function chosenOptions(compiled: CompiledInstrument, profile: Profile) {
  return compiled.instrument.profile.flatMap((question) => {
    const chosen = profile[question.id] ?? [];
    return question.options.filter((option) => chosen.includes(option.id));
  });
}

/**
 * Target level per indicator: the baseline of the chosen "target readiness" option (or the instrument default),
 * raised by every chosen option that names the indicator. Targets only ever go up.
 */
export function computeTargets(compiled: CompiledInstrument, profile: Profile): Record<string, Level> {
  const options = chosenOptions(compiled, profile);
  let baseline: Level = compiled.instrument.defaultTarget;
  const baselines = options.flatMap((o) => (o.baseline === undefined ? [] : [o.baseline]));
  if (baselines.length > 0) baseline = Math.max(...baselines) as Level;
  const targets: Record<string, Level> = {};
  for (const id of compiled.indicatorById.keys()) targets[id] = baseline;
  for (const option of options) {
    for (const raise of option.raises ?? []) {
      const current = targets[raise.indicatorId];
      if (current !== undefined && raise.level > current) targets[raise.indicatorId] = raise.level;
    }
  }
  return targets;
}
