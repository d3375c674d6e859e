import type { Answer } from "./assessment.ts";
import type { Instrument } from "./instrument/schema.ts";

export interface ChangeProblem {
  field: string;
  message: string;
}

export interface Changes {
  answers?: Record<string, Answer | null>;
  profile?: Record<string, string[]>;
}

/**
 * Checks proposed answers and profile choices against the pinned instrument: every indicator, question and option
 * must exist, a single-choice question takes at most one option, and options are not repeated. A country never
 * grades its own answer `externally-verified`: that grade is what a reviewer's verdict gives.
 */
export function validateChanges(instrument: Instrument, changes: Changes): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  const indicatorIds = new Set(instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  for (const [id, answer] of Object.entries(changes.answers ?? {})) {
    if (!indicatorIds.has(id))
      problems.push({ field: `answers.${id}`, message: "no such indicator in this instrument" });
    else if (answer?.evidence === "externally-verified")
      problems.push({ field: `answers.${id}.evidence`, message: "externally-verified results from a review" });
  }
  for (const [questionId, options] of Object.entries(changes.profile ?? {})) {
    const field = `profile.${questionId}`;
    const question = instrument.profile.find((q) => q.id === questionId);
    if (!question) {
      problems.push({ field, message: "no such profile question in this instrument" });
      continue;
    }
    const known = new Set(question.options.map((o) => o.id));
    const unknown = options.filter((o) => !known.has(o));
    if (unknown.length > 0) problems.push({ field, message: `unknown option(s): ${unknown.join(", ")}` });
    if (new Set(options).size !== options.length) problems.push({ field, message: "an option is repeated" });
    if (question.kind === "single" && options.length > 1)
      problems.push({ field, message: "choose at most one option" });
  }
  return problems;
}
