import type { Answer, Instrument, ScoreReport } from "../api/types.ts";
import type { AnswerMap } from "./answers.ts";

/** Why an answer deserves a second look before submitting. */
export type ReviewKind = "unknown" | "na" | "unsourced";

export interface ReviewItem {
  indicatorId: string;
  dimensionId: string;
  kind: ReviewKind;
  answer: Answer;
}

/**
 * The default coverage floor of Method 1.1 (DESIGN.md, "Second release"): below this share of the indicators by
 * weight with a level, the report gives no stage. Reports without a stage are treated as below it as well.
 */
export const COVERAGE_FLOOR = 0.8;

/** A level of 1 or more that no document backs yet (level 0 needs none: it says that nothing exists). */
function unsourced(a: Answer): boolean {
  return typeof a.level === "number" && a.level >= 1 && !a.sources?.length;
}

function kindOf(a: Answer): ReviewKind | null {
  if (a.level === "unknown") return "unknown";
  if (a.level === "na") return "na";
  return unsourced(a) ? "unsourced" : null;
}

/** Answers an official should see again before submitting, in instrument order. */
export function reviewItems(instrument: Instrument, answers: AnswerMap): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const d of instrument.dimensions)
    for (const i of d.indicators) {
      const answer = answers[i.id];
      const kind = answer && kindOf(answer);
      if (answer && kind) items.push({ indicatorId: i.id, dimensionId: d.id, kind, answer });
    }
  return items;
}

/** How many items of each kind. */
export function countKinds(items: ReviewItem[]): Record<ReviewKind, number> {
  const counts: Record<ReviewKind, number> = { unknown: 0, na: 0, unsourced: 0 };
  for (const i of items) counts[i.kind] += 1;
  return counts;
}

/** Whether a report is below the coverage floor: no headline stage, or too little of the instrument answered. */
export function belowFloor(report: Pick<ScoreReport, "overall">): boolean {
  return report.overall.stage === null || (report.overall.coverage ?? 0) < COVERAGE_FLOOR;
}
