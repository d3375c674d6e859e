import type { Answer, Assessment, Instrument, ProfileAnswers } from "../api/types.ts";

export type AnswerMap = Record<string, Answer>;

export function sameAnswer(a: Answer | null | undefined, b: Answer | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.level === b.level && a.reason === b.reason && a.evidence === b.evidence && (a.note ?? "") === (b.note ?? "");
}

export function sameProfile(a: ProfileAnswers | null | undefined, b: ProfileAnswers | null | undefined): boolean {
  const ka = Object.keys(a ?? {}).filter((k) => (a?.[k]?.length ?? 0) > 0);
  const kb = Object.keys(b ?? {}).filter((k) => (b?.[k]?.length ?? 0) > 0);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => [...(a?.[k] ?? [])].sort().join("|") === [...(b?.[k] ?? [])].sort().join("|"));
}

/** Applies a per-indicator patch (null removes) over answers. */
export function applyAnswers(base: AnswerMap, patch: Record<string, Answer | null>): AnswerMap {
  const out: AnswerMap = { ...base };
  for (const [id, a] of Object.entries(patch)) {
    if (a === null) delete out[id];
    else out[id] = a;
  }
  return out;
}

export interface Progress {
  done: number;
  total: number;
  byDimension: Record<string, { done: number; total: number }>;
}

export function progressOf(instrument: Instrument, answers: AnswerMap): Progress {
  const byDimension: Progress["byDimension"] = {};
  let done = 0;
  let total = 0;
  for (const d of instrument.dimensions) {
    const n = d.indicators.filter((i) => answers[i.id] !== undefined).length;
    byDimension[d.id] = { done: n, total: d.indicators.length };
    done += n;
    total += d.indicators.length;
  }
  return { done, total, byDimension };
}

/** Where to resume: the first unanswered indicator in instrument order, or null when all are answered. */
export function firstUnanswered(
  instrument: Instrument,
  answers: AnswerMap,
): { dimensionId: string; indicatorId: string } | null {
  for (const d of instrument.dimensions) {
    const i = d.indicators.find((x) => answers[x.id] === undefined);
    if (i) return { dimensionId: d.id, indicatorId: i.id };
  }
  return null;
}

/** The section to open when an assessment is opened without one. */
export function resumeSection(instrument: Instrument, a: Pick<Assessment, "answers" | "profile">): string {
  const answered = Object.keys(a.answers).length > 0;
  const profiled = Object.values(a.profile ?? {}).some((v) => v.length > 0);
  if (!answered && !profiled) return "profile";
  return firstUnanswered(instrument, a.answers)?.dimensionId ?? "review";
}

/**
 * The "next unanswered" shortcut: the first unanswered indicator from the start of `section` on, in instrument
 * order, wrapping round to the first dimensions; null when every indicator has an answer.
 */
export function nextUnanswered(
  instrument: Instrument,
  answers: AnswerMap,
  section: string,
): { dimensionId: string; indicatorId: string } | null {
  const dims = instrument.dimensions;
  const start = Math.max(
    0,
    dims.findIndex((d) => d.id === section),
  );
  for (const d of [...dims.slice(start), ...dims.slice(0, start)]) {
    const i = d.indicators.find((x) => answers[x.id] === undefined);
    if (i) return { dimensionId: d.id, indicatorId: i.id };
  }
  return null;
}
