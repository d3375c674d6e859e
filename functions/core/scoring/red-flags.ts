import type { AnswerState } from "../answer-state.ts";
import type { Profile } from "../assessment.ts";
import type { Condition, Instrument } from "../instrument/schema.ts";
import type { RedFlag } from "./types.ts";

/**
 * Whether a risk-rule condition holds (METHODOLOGY §7). `atMost` holds only on an answered level, so a flag always
 * rests on something the country stated; `unknown: true` holds only on an explicit `unknown`.
 */
export function conditionHolds(
  condition: Condition,
  states: ReadonlyMap<string, AnswerState>,
  profile: Profile,
): boolean {
  if ("all" in condition) return condition.all.every((c) => conditionHolds(c, states, profile));
  if ("any" in condition) return condition.any.some((c) => conditionHolds(c, states, profile));
  if ("profile" in condition) return (profile[condition.profile] ?? []).includes(condition.includes);
  const state = states.get(condition.indicator);
  if ("atMost" in condition) return state?.kind === "level" && state.level <= condition.atMost;
  return state?.kind === "unknown";
}

/** The red flags raised, HIGH before MEDIUM, in instrument order within a severity. */
export function raiseRedFlags(
  instrument: Instrument,
  states: ReadonlyMap<string, AnswerState>,
  profile: Profile,
): RedFlag[] {
  const high: RedFlag[] = [];
  const medium: RedFlag[] = [];
  for (const { id, severity, message, when } of instrument.riskRules) {
    if (!conditionHolds(when, states, profile)) continue;
    (severity === "HIGH" ? high : medium).push({ ruleId: id, severity, message });
  }
  return high.concat(medium);
}
