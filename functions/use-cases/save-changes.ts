import type { Assessment } from "../core/assessment.ts";
import { effectiveChanges, isEmptyChange } from "../core/effective-changes.ts";
import { ConflictError, ValidationError } from "../core/errors.ts";
import { agreementOf, unexplainedConsolidation } from "../core/evidence/agreement.ts";
import { type Changes, validateChanges } from "../core/validate-changes.ts";
import type { Response } from "../store/responses-repository.ts";
import { pinnedInstrument } from "./pinned-instrument.ts";

/** What saving answers needs from the store. */
export interface SaveChangesStore {
  assessments: {
    /** Merges `changes` if the stored version is `expectedVersion`, bumping it; a ConflictError otherwise. */
    patch(id: string, expectedVersion: number, changes: Changes): Promise<Assessment>;
  };
  /** Several respondents' own answers, against which a consolidated answer is checked. */
  responses: { list(assessmentId: string): Promise<Response[]> };
}

export interface SaveChangesRequest {
  /** The assessment as read for this request (already authorized). */
  assessment: Assessment;
  /** The version the caller holds (If-Match). */
  expectedVersion: number;
  changes: Changes;
}

/** An indicator whose respondents differ by 2 or more levels needs a note saying why the answer is what it is. */
async function checkConsolidation(store: SaveChangesStore, assessment: Assessment, changes: Changes): Promise<void> {
  const answers = changes.answers ?? {};
  if (!Object.values(answers).some((a) => a !== null)) return;
  const agreement = agreementOf(await store.responses.list(assessment.id));
  const unexplained = unexplainedConsolidation(answers, agreement);
  if (unexplained) throw new ValidationError(unexplained.field, `${unexplained.field}: ${unexplained.message}`);
}

/**
 * Saves the country's consolidated answers and profile choices: checked against the pinned instrument and the
 * respondents' spread, then merged under the caller's version. Nothing is saved when any check fails. A save that
 * would change nothing writes nothing and keeps the version, so a replayed autosave never conflicts with the next.
 */
export async function saveChanges(store: SaveChangesStore, request: SaveChangesRequest): Promise<Assessment> {
  const { assessment, expectedVersion } = request;
  const problem = validateChanges(pinnedInstrument(assessment), request.changes, assessment)[0];
  if (problem) throw new ValidationError(problem.field, `${problem.field}: ${problem.message}`);
  const changes = effectiveChanges(assessment, request.changes);
  if (!isEmptyChange(changes)) {
    await checkConsolidation(store, assessment, changes);
    return store.assessments.patch(assessment.id, expectedVersion, changes);
  }
  if (assessment.version !== expectedVersion) {
    throw new ConflictError("version_conflict", `The assessment is at version ${assessment.version}`, {
      current: assessment,
    });
  }
  return assessment;
}
