import { NotFoundError } from "../../core/errors.ts";
import { agreementOf } from "../../core/evidence/agreement.ts";
import { saveResponse } from "../../use-cases/save-response.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { respondentResponse, responseBody, responsesResponse } from "../evidence-schemas.ts";
import { ownAssessment, pinnedInstrument } from "../ownership.ts";
import { etagOf, responsePrecondition } from "../preconditions.ts";
import { route } from "../route-table.ts";
import { idParams } from "../schemas.ts";

const mine = "/api/assessments/:id/responses/mine";

function saveMineRoute({ store }: AppDeps) {
  return route({
    method: "patch",
    path: mine,
    access: ["official"],
    summary: "Save the caller's own answers as a respondent (merged per indicator; never the consolidated answers)",
    tag: "responses",
    params: idParams,
    body: responseBody,
    headers: {
      "If-None-Match": { required: false, description: "* on the first save" },
      "If-Match": { required: false, description: 'The response version you hold, e.g. "3", on later saves' },
    },
    responses: {
      200: { description: "Saved; new ETag", schema: respondentResponse },
      ...errors(400, 401, 403, 404, 409, 422, 428),
    },
    handler: async (c, { params, body, principal }) => {
      const precondition = responsePrecondition(c);
      const assessment = await ownAssessment(store, principal, params.id);
      const saved = await saveResponse(store, {
        assessment,
        instrument: pinnedInstrument(assessment),
        respondent: principal?.subject as string,
        precondition,
        changes: body,
      });
      c.header("ETag", etagOf(saved.version));
      return c.json(saved);
    },
  });
}

function readMineRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: mine,
    access: ["official"],
    summary: "The caller's own response (404 until the first save); ETag carries its version",
    tag: "responses",
    params: idParams,
    responses: { 200: { description: "Your response", schema: respondentResponse }, ...errors(401, 403, 404) },
    handler: async (c, { params, principal }) => {
      // Both reads at once (the questionnaire waits for this answer); the response is shown only to the owner.
      const [, response] = await Promise.all([
        ownAssessment(store, principal, params.id),
        store.responses.find(params.id, principal?.subject as string),
      ]);
      if (!response) throw new NotFoundError("response");
      c.header("ETag", etagOf(response.version));
      return c.json(response);
    },
  });
}

function listRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments/:id/responses",
    access: ["official", "reviewer", "admin"],
    summary: "Every respondent's answers, with per-indicator agreement (n, min, max, spread = max − min)",
    tag: "responses",
    params: idParams,
    responses: { 200: { description: "Responses", schema: responsesResponse }, ...errors(401, 403, 404) },
    handler: async (c, { params, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      const responses = await store.responses.list(assessment.id);
      const items = responses.map(({ respondent, institution, answers }) => ({ respondent, institution, answers }));
      return c.json({ items, agreement: agreementOf(responses) });
    },
  });
}

/** Several officials of one country answer as respondents; the assessment's own answers stay the consolidated ones. */
export function responseRoutes(deps: AppDeps) {
  return [saveMineRoute(deps), readMineRoute(deps), listRoute(deps)];
}
