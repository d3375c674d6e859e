import { changeVisibility } from "../../use-cases/change-visibility.ts";
import { submitAndPublish } from "../../use-cases/submit-and-publish.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { requestLanguage } from "../language.ts";
import { ownAssessment } from "../ownership.ts";
import { idempotencyKeyHeader, requiredIdempotencyKey } from "../preconditions.ts";
import { snapshotIn } from "../report-language.ts";
import { snapshotResponse, snapshotSummaryResponse } from "../report-schemas.ts";
import { route } from "../route-table.ts";
import { idParams, listOf, pageQuery, submitBody, visibilityBody, visibilityChangeResponse } from "../schemas.ts";

function submitRoute({ store, pooledMinCount: minCount }: AppDeps) {
  return route({
    method: "post",
    path: "/api/assessments/:id/submit",
    access: ["official"],
    summary:
      "Submit: take an immutable snapshot of answers and score. Replays with the same key return the same snapshot",
    tag: "assessments",
    params: idParams,
    body: submitBody,
    headers: { "Idempotency-Key": idempotencyKeyHeader },
    responses: {
      201: { description: "The snapshot", schema: snapshotResponse },
      ...errors(400, 401, 403, 404, 422, 428),
    },
    handler: async (c, { params, body, principal }) => {
      const idempotencyKey = requiredIdempotencyKey(c);
      const assessment = await ownAssessment(store, principal, params.id);
      const request = { assessment, idempotencyKey, body, actor: principal.subject, minCount };
      const snapshot = await submitAndPublish(store, request);
      c.header("Location", `/api/snapshots/${snapshot.id}`);
      return c.json(snapshotIn(snapshot, requestLanguage(c)), 201);
    },
  });
}

function snapshotsRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments/:id/snapshots",
    access: ["official", "admin"],
    summary: "Snapshots of an assessment, newest first",
    tag: "snapshots",
    params: idParams,
    query: pageQuery,
    responses: {
      200: { description: "A page of snapshot summaries", schema: listOf(snapshotSummaryResponse) },
      ...errors(400, 401, 403, 404),
    },
    handler: async (c, { params, query, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      return c.json(await store.snapshots.listByAssessment(assessment.id, query.limit, query.nextToken));
    },
  });
}

function visibilityRoute({ store, now, pooledMinCount: minCount }: AppDeps) {
  return route({
    method: "put",
    path: "/api/assessments/:id/visibility",
    access: ["official"],
    summary: "Decide who may see submitted results: private, pooled (anonymous in fixed cohorts) or public",
    tag: "visibility",
    params: idParams,
    body: visibilityBody,
    responses: {
      200: { description: "The change, as logged", schema: visibilityChangeResponse },
      ...errors(400, 401, 403, 404),
    },
    handler: async (c, { params, body, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      const at = now().toISOString();
      const request = { assessment, visibility: body.visibility, actor: principal.subject, at, minCount };
      return c.json(await changeVisibility(store, request));
    },
  });
}

function visibilityLogRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments/:id/visibility-log",
    access: ["official", "admin"],
    summary: "Who changed the visibility, and when",
    tag: "visibility",
    params: idParams,
    query: pageQuery,
    responses: {
      200: { description: "Changes, newest first", schema: listOf(visibilityChangeResponse) },
      ...errors(401, 403, 404),
    },
    handler: async (c, { params, query, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      return c.json(await store.visibilityLog.list(assessment.id, query.limit, query.nextToken));
    },
  });
}

export function submissionRoutes(deps: AppDeps) {
  return [submitRoute(deps), snapshotsRoute(deps), visibilityRoute(deps), visibilityLogRoute(deps)];
}
