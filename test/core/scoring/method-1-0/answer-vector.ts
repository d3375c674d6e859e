import type { Answer, Answers } from "../../../../functions/core/assessment.ts";
import type { Dimension, Level } from "../../../../functions/core/instrument/schema.ts";
import type { CompiledInstrument } from "./compiled-instrument.ts";

/** An answer's level (0–3, `na` or `unknown`), or undefined when the indicator is unanswered. */
export type AnswerLevel = Answer["level"] | undefined;

/**
 * Codes for the answer states that have no level. They are negative so that `code >= 0` means "answered with a
 * level" and the code of an answered indicator is its level: later steps compare small integers instead of
 * telling numbers from strings.
 */
export const NA = -1;
export const UNKNOWN = -2;
export const UNANSWERED = -3;

/** The code of one answer level: the level itself, or NA, UNKNOWN or UNANSWERED. */
export function levelCode(level: AnswerLevel): number {
  if (typeof level === "number") return level;
  return level === "na" ? NA : level === "unknown" ? UNKNOWN : UNANSWERED;
}

/**
 * Position of every id whose answer scoring reads: each indicator at its first occurrence, in instrument order, then
 * the indicators of gates that are not in `dimensions` (a gate reads its indicator's answer wherever it is).
 */
export function answerPositions(dimensions: readonly Dimension[]): Map<string, number> {
  const positionOf = new Map<string, number>();
  for (const d of dimensions)
    for (const i of d.indicators) if (!positionOf.has(i.id)) positionOf.set(i.id, positionOf.size);
  for (const d of dimensions) {
    for (const g of d.gates) if (!positionOf.has(g.indicatorId)) positionOf.set(g.indicatorId, positionOf.size);
  }
  return positionOf;
}

/**
 * The answers read once into codes by position: the indicators (the order of `compiled.indicators`), then any gate
 * indicators the instrument lacks. Later steps read this array instead of looking each answer up by id again: those
 * lookups were most of the cost of a report.
 */
export function answerVector(compiled: CompiledInstrument, answers: Answers): number[] {
  const ids = compiled.answerIds;
  const codes: number[] = [];
  for (let p = 0; p < ids.length; p++) codes.push(levelCode(answers[ids[p] as string]?.level));
  return codes;
}

/** Targets both by indicator position (for computing) and by indicator id (for the report). */
export interface Targets {
  byPosition: Level[];
  byId: Record<string, Level>;
}
