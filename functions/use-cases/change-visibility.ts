import type { Assessment, Visibility, VisibilityChange } from "../core/assessment.ts";
import type { PublicationsPort } from "./publications-port.ts";

/** What a visibility change needs from the store. */
export interface VisibilityStore {
  visibilityLog: { append(assessmentId: string, change: VisibilityChange): Promise<void> };
  publications: PublicationsPort;
  assessments: { setVisibility(id: string, visibility: Visibility, at: string): Promise<Assessment> };
}

export interface VisibilityRequest {
  assessment: Assessment;
  visibility: Visibility;
  actor: string;
  at: string;
  minCount: number;
}

/**
 * Changes who may see an assessment's submitted results. The order of the four writes is the safety rule: a failure
 * after any step leaves the result at most as visible as both the old and the new setting allow, and logged.
 * 1. log the change first: a failed write leaves an attempt in the trail, never an unlogged change;
 * 2. withdraw to the new setting's cap while the assessment still says the old one (lowering takes effect now);
 * 3. store the new setting;
 * 4. publish per the new setting (raising takes effect only now, after it is stored).
 */
export async function changeVisibility(store: VisibilityStore, request: VisibilityRequest): Promise<VisibilityChange> {
  const { assessment, visibility, minCount } = request;
  const change: VisibilityChange = {
    visibility,
    previous: assessment.visibility,
    changedAt: request.at,
    changedBy: request.actor,
  };
  await store.visibilityLog.append(assessment.id, change);
  await store.publications.refresh(assessment, { minCount, cap: visibility });
  await store.assessments.setVisibility(assessment.id, visibility, change.changedAt);
  await store.publications.refresh(assessment, { minCount });
  return change;
}
