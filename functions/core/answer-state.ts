import type { Answers, Profile } from "./assessment.ts";
import { lookupOf } from "./instrument/lookup.ts";
import type { Indicator, Instrument, Level, ProfileCondition } from "./instrument/schema.ts";

/** What scoring reads of one indicator's answer (METHODOLOGY §1). */
export type AnswerState =
  | { kind: "level"; level: Level }
  | { kind: "na" }
  | { kind: "unknown" }
  | { kind: "unanswered" };

// A state is a value: every report shares these few objects instead of building one per indicator.
const UNANSWERED: AnswerState = Object.freeze({ kind: "unanswered" });
const UNKNOWN: AnswerState = Object.freeze({ kind: "unknown" });
const NA: AnswerState = Object.freeze({ kind: "na" });
const LEVELS: Readonly<Record<Level, AnswerState>> = Object.freeze({
  0: Object.freeze({ kind: "level", level: 0 }),
  1: Object.freeze({ kind: "level", level: 1 }),
  2: Object.freeze({ kind: "level", level: 2 }),
  3: Object.freeze({ kind: "level", level: 3 }),
});

/** Whether the profile choices satisfy a profile condition. */
export function profileHolds(condition: ProfileCondition, profile: Profile): boolean {
  if ("all" in condition) return condition.all.every((c) => profileHolds(c, profile));
  if ("any" in condition) return condition.any.some((c) => profileHolds(c, profile));
  const chosen = profile[condition.profile] ?? [];
  return "includes" in condition ? chosen.includes(condition.includes) : !chosen.includes(condition.excludes);
}

/** Whether `na` is a valid answer to `indicator` under this profile: allowed, and its condition (if any) holds. */
export function naIsValid(indicator: Indicator, profile: Profile): boolean {
  if (!indicator.naAllowed) return false;
  return indicator.naWhen === undefined || profileHolds(indicator.naWhen, profile);
}

/**
 * The state of one indicator. Under method 1.0 every `na` counts as `na`. Under 1.1 an `na` the instrument does not
 * allow (answers saved before the rule, or a profile changed since) is read as `unknown`, so it never helps.
 */
export function answerState(indicator: Indicator, answers: Answers, profile: Profile, naRule: boolean): AnswerState {
  const level = answers[indicator.id]?.level;
  if (level === undefined) return UNANSWERED;
  if (level === "unknown") return UNKNOWN;
  if (level === "na") return !naRule || naIsValid(indicator, profile) ? NA : UNKNOWN;
  return LEVELS[level];
}

/** The state of every indicator of the instrument, by id, in instrument order (see answerState). */
export function answerStates(
  instrument: Instrument,
  answers: Answers,
  profile: Profile,
  naRule: boolean,
): Map<string, AnswerState> {
  const states = new Map<string, AnswerState>();
  for (const [id, indicator] of lookupOf(instrument).indicators) {
    states.set(id, answerState(indicator, answers, profile, naRule));
  }
  return states;
}

/** The answered level, or undefined for `na`, `unknown` and unanswered. */
export function levelOf(state: AnswerState | undefined): Level | undefined {
  return state?.kind === "level" ? state.level : undefined;
}

/** Whether nobody has said where the indicator stands: `unknown` or unanswered. */
export function isMissing(state: AnswerState | undefined): boolean {
  return state === undefined || state.kind === "unknown" || state.kind === "unanswered";
}
