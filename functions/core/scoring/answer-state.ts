import type { Answers } from "../assessment.ts";
import type { Level } from "../instrument/schema.ts";

/** The level of an indicator's answer, or undefined when it is `na`, `unknown` or unanswered. */
export function answeredLevel(answers: Answers, indicatorId: string): Level | undefined {
  const level = answers[indicatorId]?.level;
  return typeof level === "number" ? level : undefined;
}

export type AnswerState = "level" | "na" | "unknown" | "unanswered";

export function answerState(answers: Answers, indicatorId: string): AnswerState {
  const level = answers[indicatorId]?.level;
  if (level === undefined) return "unanswered";
  if (level === "na" || level === "unknown") return level;
  return "level";
}
