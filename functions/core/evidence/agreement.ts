import type { Answer } from "../assessment.ts";

/** How respondents' levels spread on one indicator (`na`, `unknown` and no answer are not counted). */
export interface Agreement {
  n: number;
  min: number;
  max: number;
  /** max − min */
  spread: number;
}

/** Respondents disagreeing by this many levels or more must have the consolidated answer explained. */
export const DISAGREEMENT_SPREAD = 2;

/** Per indicator, how many respondents gave a level and how far apart the levels are. */
export function agreementOf(responses: readonly { answers: Readonly<Record<string, Answer>> }[]) {
  const byIndicator: Record<string, Agreement> = {};
  for (const { answers } of responses) {
    for (const [id, answer] of Object.entries(answers)) {
      if (typeof answer.level !== "number") continue;
      const seen = byIndicator[id];
      const min = Math.min(seen?.min ?? answer.level, answer.level);
      const max = Math.max(seen?.max ?? answer.level, answer.level);
      byIndicator[id] = { n: (seen?.n ?? 0) + 1, min, max, spread: max - min };
    }
  }
  return byIndicator;
}

/**
 * Consolidating means the country settles one answer for an indicator; where its respondents differ by 2 or more
 * levels the settled answer must say why in its note. Returns the first indicator set without one.
 */
export function unexplainedConsolidation(
  changes: Readonly<Record<string, Answer | null>>,
  agreement: Readonly<Record<string, Agreement>>,
): { field: string; message: string } | undefined {
  for (const [id, answer] of Object.entries(changes)) {
    if (answer === null || (agreement[id]?.spread ?? 0) < DISAGREEMENT_SPREAD) continue;
    if ((answer.note ?? "").trim() === "")
      return { field: `answers.${id}.note`, message: "respondents differ by 2 or more levels: explain the answer" };
  }
  return undefined;
}
