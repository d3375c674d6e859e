import type { Assessment } from "../core/assessment.ts";
import { ValidationError } from "../core/errors.ts";
import { agreementOf, unexplainedConsolidation } from "../core/evidence/agreement.ts";
import type { Instrument } from "../core/instrument/schema.ts";
import { validateChanges } from "../core/validate-changes.ts";
import type { AssessmentChanges } from "../store/assessments-repository.ts";
import type { Response } from "../store/responses-repository.ts";

/** What consolidating answers needs from the store. */
export interface ConsolidationStore {
  assessments: { patch: (id: string, expected: number, changes: AssessmentChanges) => Promise<Assessment> };
  responses: { list: (assessmentId: string) => Promise<Response[]> };
}

/**
 * Saves the country's consolidated answers and profile under optimistic locking. Each change is checked against
 * the pinned instrument; an indicator whose respondents differ by 2 or more levels needs a note saying why the
 * consolidated answer is what it is. Nothing is saved when any check fails.
 */
export async function consolidateAnswers(
  store: ConsolidationStore,
  input: { assessment: Assessment; instrument: Instrument; expectedVersion: number; changes: AssessmentChanges },
): Promise<Assessment> {
  const { assessment, changes } = input;
  const problem = validateChanges(input.instrument, changes)[0];
  if (problem) throw new ValidationError(problem.field, `${problem.field}: ${problem.message}`);
  const setsAnAnswer = Object.values(changes.answers ?? {}).some((a) => a !== null);
  if (setsAnAnswer) {
    const agreement = agreementOf(await store.responses.list(assessment.id));
    const unexplained = unexplainedConsolidation(changes.answers ?? {}, agreement);
    if (unexplained) throw new ValidationError(unexplained.field, `${unexplained.field}: ${unexplained.message}`);
  }
  return store.assessments.patch(assessment.id, input.expectedVersion, changes);
}
