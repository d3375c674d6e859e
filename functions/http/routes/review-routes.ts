import { reviewStates } from "../../core/evidence/reviews.ts";
import { recordReview } from "../../use-cases/record-review.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { reviewBody, reviewListResponse, reviewResponse } from "../evidence-schemas.ts";
import { ownAssessment, pinnedInstrument } from "../ownership.ts";
import { route } from "../route-table.ts";
import { idParams } from "../schemas.ts";

function recordRoute({ store, now }: AppDeps) {
  return route({
    method: "post",
    path: "/api/assessments/:id/reviews",
    access: ["reviewer"],
    summary: "Record a reviewer's verdict (verified or disputed, with a note) on one indicator's current answer",
    tag: "reviews",
    params: idParams,
    body: reviewBody,
    responses: { 201: { description: "Recorded", schema: reviewResponse }, ...errors(400, 401, 403, 404) },
    handler: async (c, { params, body, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      const review = await recordReview(store, {
        assessment,
        instrument: pinnedInstrument(assessment),
        reviewer: principal?.subject as string,
        at: now().toISOString(),
        request: body,
      });
      return c.json(review, 201);
    },
  });
}

function listRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments/:id/reviews",
    access: ["official", "reviewer", "admin"],
    summary: "Every verdict on an assessment, each marked stale when its answer changed after it",
    tag: "reviews",
    params: idParams,
    responses: { 200: { description: "Verdicts", schema: reviewListResponse }, ...errors(401, 403, 404) },
    handler: async (c, { params, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      const reviews = await store.reviews.list(assessment.id);
      return c.json({ items: reviewStates(assessment.answers, reviews) });
    },
  });
}

/** A country's reviewers verify or dispute its answers; they never edit them. */
export function reviewRoutes(deps: AppDeps) {
  return [recordRoute(deps), listRoute(deps)];
}
