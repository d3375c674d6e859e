import { naIsValid } from "./answer-state.ts";
import type { Answer, Profile } from "./assessment.ts";
import { lookupOf } from "./instrument/lookup.ts";
import type { Indicator, Instrument } from "./instrument/schema.ts";
import { CAPACITY_PROFILE_KEY, profileCapacity } from "./recommendations/capacity-input.ts";

export interface ChangeProblem {
  field: string;
  message: string;
}

export interface Changes {
  answers?: Record<string, Answer | null>;
  profile?: Record<string, string[]>;
}

/** What the assessment holds before the change: `na` is checked against the profile the change leaves. */
export interface Current {
  answers?: Readonly<Record<string, Answer>>;
  profile?: Profile;
}

function naMessage(indicator: Indicator): string {
  return indicator.naAllowed
    ? "na is not valid under the chosen ambition profile: answer with a level or unknown"
    : "na is not allowed for this indicator: answer with a level or unknown";
}

/**
 * `na` answers the instrument does not allow under the profile after the change: those the change sets, and, when
 * the profile changes, those already saved.
 */
function naProblems(instrument: Instrument, changes: Changes, current: Current): ChangeProblem[] {
  const profile = { ...current.profile, ...changes.profile };
  const saved = changes.profile === undefined ? {} : (current.answers ?? {});
  const answers: Record<string, Answer | null> = { ...saved, ...changes.answers };
  const problems: ChangeProblem[] = [];
  for (const [id, indicator] of lookupOf(instrument).indicators) {
    if (answers[id]?.level === "na" && !naIsValid(indicator, profile))
      problems.push({ field: `answers.${id}`, message: naMessage(indicator) });
  }
  return problems;
}

/** What is wrong with the options chosen for one profile question (or with the capacity entry). */
function choiceProblems(instrument: Instrument, questionId: string, options: string[]): ChangeProblem[] {
  const field = `profile.${questionId}`;
  if (questionId === CAPACITY_PROFILE_KEY) {
    const capacity = profileCapacity(options);
    return capacity !== undefined && "problem" in capacity ? [{ field, message: capacity.problem }] : [];
  }
  const question = instrument.profile.find((q) => q.id === questionId);
  if (!question) return [{ field, message: "no such profile question in this instrument" }];
  const problems: ChangeProblem[] = [];
  const known = new Set(question.options.map((o) => o.id));
  const unknown = options.filter((o) => !known.has(o));
  if (unknown.length > 0) problems.push({ field, message: `unknown option(s): ${unknown.join(", ")}` });
  if (new Set(options).size !== options.length) problems.push({ field, message: "an option is repeated" });
  if (question.kind === "single" && options.length > 1) problems.push({ field, message: "choose at most one option" });
  return problems;
}

/**
 * Checks proposed answers and profile choices against the pinned instrument: every indicator, question and option
 * must exist, a single-choice question takes at most one option, options are not repeated, and `na` is given only
 * where the instrument allows it under the resulting profile (method 1.1). The profile's `capacity` entry, a method
 * input rather than a question, must read as staff-months per horizon. A country never grades its own answer
 * `externally-verified`: that grade is what a reviewer's verdict gives.
 */
export function validateChanges(instrument: Instrument, changes: Changes, current: Current = {}): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  const indicators = lookupOf(instrument).indicators;
  for (const [id, answer] of Object.entries(changes.answers ?? {})) {
    if (!indicators.has(id)) problems.push({ field: `answers.${id}`, message: "no such indicator in this instrument" });
    else if (answer?.evidence === "externally-verified")
      problems.push({ field: `answers.${id}.evidence`, message: "externally-verified results from a review" });
  }
  const profile = Object.entries(changes.profile ?? {}).flatMap(([id, options]) =>
    choiceProblems(instrument, id, options),
  );
  return [...problems, ...profile, ...naProblems(instrument, changes, current)];
}
