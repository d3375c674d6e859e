import type { Assessment } from "../core/assessment.ts";
import { UnprocessableError, ValidationError } from "../core/errors.ts";
import type { Instrument } from "../core/instrument/schema.ts";
import { validateChanges } from "../core/validate-changes.ts";
import type { Response, ResponseChanges } from "../store/responses-repository.ts";

/** What saving a respondent's own answers needs from the store. */
export interface ResponseStore {
  responses: {
    create: (assessmentId: string, respondent: string, changes: ResponseChanges) => Promise<Response>;
    patch: (assessmentId: string, respondent: string, expected: number, changes: ResponseChanges) => Promise<Response>;
  };
}

/** `If-None-Match: *` (first save) or `If-Match: "<version>"` (later saves). */
export type ResponsePrecondition = { kind: "first-save" } | { kind: "version"; version: number };

/**
 * Saves one respondent's own answers: checked against the pinned instrument like the consolidated answers, merged
 * per indicator into that respondent's item only, so it never changes the assessment's (consolidated) answers nor
 * another respondent's. A submitted assessment takes no more responses.
 */
export async function saveResponse(
  store: ResponseStore,
  input: {
    assessment: Assessment;
    instrument: Instrument;
    respondent: string;
    precondition: ResponsePrecondition;
    changes: ResponseChanges;
  },
): Promise<Response> {
  const { assessment, respondent, precondition, changes } = input;
  if (assessment.status === "submitted") {
    throw new UnprocessableError("assessment_submitted", "status: the assessment is submitted; responses are closed", {
      field: "status",
    });
  }
  const problem = validateChanges(input.instrument, { answers: changes.answers }, { profile: assessment.profile })[0];
  if (problem) throw new ValidationError(problem.field, `${problem.field}: ${problem.message}`);
  if (precondition.kind === "first-save") return store.responses.create(assessment.id, respondent, changes);
  return store.responses.patch(assessment.id, respondent, precondition.version, changes);
}
