import type { Answer, Answers } from "../assessment.ts";
import type { Level } from "../instrument/schema.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";

/** An answer's level (0–3, `na` or `unknown`), or undefined when the indicator is unanswered. */
export type AnswerLevel = Answer["level"] | undefined;

/**
 * The answers read once into an array by indicator position (the order of `compiled.indicators`). Later steps read
 * this array instead of looking each answer up by id again: those lookups were most of the cost of a report.
 */
export function answerVector(compiled: CompiledInstrument, answers: Answers): AnswerLevel[] {
  const levels: AnswerLevel[] = [];
  for (const indicator of compiled.indicators) levels.push(answers[indicator.id]?.level);
  return levels;
}

/** Targets both by indicator position (for computing) and by indicator id (for the report). */
export interface Targets {
  byPosition: Level[];
  byId: Record<string, Level>;
}
