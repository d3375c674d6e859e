import type { Profile } from "../assessment.ts";
import type { Instrument, Level, ProfileOption } from "../instrument/schema.ts";

/** The instrument's options the profile chooses, each once (ids the instrument does not know are ignored). */
function chosenOptions(instrument: Instrument, profile: Profile): ProfileOption[] {
  const chosen: ProfileOption[] = [];
  for (const question of instrument.profile) {
    const picked = profile[question.id] ?? [];
    for (const option of question.options) if (picked.includes(option.id)) chosen.push(option);
  }
  return chosen;
}

/** The highest baseline the chosen options set, or undefined when none sets one. */
function highestBaseline(chosen: readonly ProfileOption[]): Level | undefined {
  let highest: Level | undefined;
  for (const { baseline } of chosen)
    if (baseline !== undefined && (highest === undefined || baseline > highest)) highest = baseline;
  return highest;
}

/** Moves each named indicator's target as `move` says; indicators the instrument lacks are ignored. */
function apply(
  targets: Record<string, Level>,
  changes: readonly { indicatorId: string; level: Level }[] | undefined,
  move: (level: Level, current: Level) => Level,
): void {
  for (const { indicatorId, level } of changes ?? []) {
    const current = targets[indicatorId];
    if (current !== undefined) targets[indicatorId] = move(level, current);
  }
}

/**
 * The target level of every indicator, in instrument order (METHODOLOGY §5): the highest baseline among the chosen
 * options (or the instrument's default), raised by every chosen option that names the indicator, then lowered to any
 * cap a chosen option sets (a country not deployed is not asked to show in a deployment what it can only prepare).
 * Under method 1.1 the floor targets come last, so nothing lowers a UN minimum. Raises only go up and caps only go
 * down, each after the other, so the order of the chosen options does not matter.
 */
export function targetsOf(instrument: Instrument, profile: Profile, applyFloors: boolean): Record<string, Level> {
  const chosen = chosenOptions(instrument, profile);
  const baseline = highestBaseline(chosen) ?? instrument.defaultTarget;
  const targets: Record<string, Level> = {};
  for (const dimension of instrument.dimensions) for (const i of dimension.indicators) targets[i.id] = baseline;
  const raiseTo = (level: Level, current: Level) => (level > current ? level : current);
  const capAt = (level: Level, current: Level) => (level < current ? level : current);
  for (const option of chosen) apply(targets, option.raises, raiseTo);
  for (const option of chosen) apply(targets, option.caps, capAt);
  if (applyFloors) apply(targets, instrument.floorTargets, raiseTo);
  return targets;
}
