import type { Level } from "../../../../functions/core/instrument/schema.ts";
import type { Targets } from "./answer-vector.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";
import type { OptionEffect } from "./profile-choices.ts";

/**
 * Target level per indicator: the baseline of the chosen "target readiness" option (or the instrument default),
 * raised by every chosen option that names the indicator. Targets only ever go up, so the order in which the
 * chosen options are applied does not matter.
 */
export function computeTargets(compiled: CompiledInstrument, chosenOptions: readonly number[]): Targets {
  const effects = compiled.profilePairs.effects;
  let chosenBaseline = -1;
  for (const pair of chosenOptions) {
    const baseline = (effects[pair] as OptionEffect).baseline;
    if (baseline > chosenBaseline) chosenBaseline = baseline;
  }
  const baseline = (chosenBaseline < 0 ? compiled.instrument.defaultTarget : chosenBaseline) as Level;
  const byPosition = (compiled.uniformPositionTargets[baseline] as Level[]).slice();
  const byId: Record<string, Level> = { ...compiled.uniformTargets[baseline] };
  for (const pair of chosenOptions) {
    const { raisePositions, raiseLevels } = effects[pair] as OptionEffect;
    for (let k = 0; k < raisePositions.length; k++) {
      const position = raisePositions[k] as number;
      const level = raiseLevels[k] as Level;
      if (level <= (byPosition[position] as Level)) continue;
      byPosition[position] = level;
      byId[compiled.ids[position] as string] = level;
    }
  }
  return { byPosition, byId };
}
