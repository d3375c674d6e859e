import type { CreatedAssessment } from "../api/types.ts";

/** What a start from an earlier assessment carried, and what it left to answer again (POST /api/assessments). */
export type CarryReport = Required<Pick<CreatedAssessment, "carried" | "toReanswer">>;

const key = (assessmentId: string) => `reengage.carried.${assessmentId}`;

/**
 * Kept for the browser session (not in the assessment): the list only exists in the create response, and an
 * official who reloads the questionnaire while working through it should still see it.
 */
export function rememberCarry(created: CreatedAssessment): void {
  if (created.carried === undefined || created.toReanswer === undefined) return;
  const report: CarryReport = { carried: created.carried, toReanswer: created.toReanswer };
  sessionStorage.setItem(key(created.id), JSON.stringify(report));
}

export function carryOf(assessmentId: string): CarryReport | undefined {
  const stored = sessionStorage.getItem(key(assessmentId));
  return stored ? (JSON.parse(stored) as CarryReport) : undefined;
}

export function forgetCarry(assessmentId: string): void {
  sessionStorage.removeItem(key(assessmentId));
}
