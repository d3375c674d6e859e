import { isUnMemberState } from "../../core/cohorts/built-in.ts";
import { findInstrument } from "../../core/instrument/catalogue.ts";
import { createAssessment } from "../../use-cases/create-assessment.ts";
import { saveChanges } from "../../use-cases/save-changes.ts";
import type { AppDeps } from "../app-deps.ts";
import { countryBound } from "../auth/principal.ts";
import { errorResponses as errors, HttpError } from "../errors.ts";
import { requestLanguage } from "../language.ts";
import { ownAssessment } from "../ownership.ts";
import { etagOf, ifMatchHeader, requiredIfMatch } from "../preconditions.ts";
import { scoreReportResponse } from "../report-schemas.ts";
import { route } from "../route-table.ts";
import {
  assessmentResponse,
  assessmentSummaryResponse,
  createAssessmentBody,
  createdAssessmentResponse,
  idParams,
  listOf,
  listQuery,
  patchAssessmentBody,
} from "../schemas.ts";
import { scoreJsonIn, scoreMemo } from "../score-memo.ts";
import { capacityQuery, reportWithinCapacity, sensitivityRoute } from "./method-routes.ts";
import { submissionRoutes } from "./submission-routes.ts";

function createRoute({ store }: AppDeps) {
  return route({
    method: "post",
    path: "/api/assessments",
    access: ["official"],
    summary: "Start the assessment of the caller's country for a cycle, optionally carrying an earlier one's answers",
    tag: "assessments",
    body: createAssessmentBody,
    responses: {
      201: { description: "Created", schema: createdAssessmentResponse },
      ...errors(400, 401, 403, 404, 409),
    },
    handler: async (c, { body, principal }) => {
      if (body.country !== principal.country) {
        throw new HttpError(403, "forbidden", "country: you may only start your own country's assessment", {
          field: "country",
        });
      }
      if (!isUnMemberState(body.country))
        throw new HttpError(400, "invalid_request", "country: not a UN member state", { field: "country" });
      const target = findInstrument(body.instrumentId, body.instrumentVersion);
      if (!target) {
        throw new HttpError(400, "invalid_request", "instrumentVersion: no such published instrument version", {
          field: "instrumentVersion",
        });
      }
      const { copyFrom, ...input } = body;
      const created = await createAssessment(store.assessments, input, target, findInstrument, copyFrom);
      c.header("ETag", etagOf(created.version));
      c.header("Location", `/api/assessments/${created.id}`);
      return c.json(created, 201);
    },
  });
}

function listRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments",
    access: ["official", "reviewer", "admin"],
    summary: "List assessments: officials and reviewers see their own country's; admins anyone's",
    tag: "assessments",
    query: listQuery,
    responses: {
      200: { description: "A page of assessment summaries", schema: listOf(assessmentSummaryResponse) },
      ...errors(400, 401, 403),
    },
    handler: async (c, { query, principal }) => {
      const country = countryBound(principal.role) ? principal.country : query.country;
      if (query.country !== undefined && query.country !== country) {
        throw new HttpError(403, "forbidden", "country: officials may list only their own country", {
          field: "country",
        });
      }
      return c.json(await store.assessments.list({ ...query, country }));
    },
  });
}

function getRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments/:id",
    access: ["official", "reviewer", "admin"],
    summary: "One assessment with its answers; ETag carries its version",
    tag: "assessments",
    params: idParams,
    responses: { 200: { description: "The assessment", schema: assessmentResponse }, ...errors(401, 403, 404) },
    handler: async (c, { params, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      c.header("ETag", etagOf(assessment.version));
      return c.json(assessment);
    },
  });
}

function patchRoute({ store }: AppDeps) {
  return route({
    method: "patch",
    path: "/api/assessments/:id",
    access: ["official"],
    summary:
      'Consolidate answers (per indicator; null removes) and profile choices under If-Match; where respondents differ by 2+ levels the answer needs a note; profile.capacity (e.g. ["0-6:3","6-18:6","18-36:12"], staff-months per horizon) plans the roadmap',
    tag: "assessments",
    params: idParams,
    body: patchAssessmentBody,
    headers: { "If-Match": ifMatchHeader },
    responses: {
      200: { description: "Saved; new ETag", schema: assessmentResponse },
      ...errors(400, 401, 403, 404, 409, 428),
    },
    handler: async (c, { params, body, principal }) => {
      const expectedVersion = requiredIfMatch(c);
      const assessment = await ownAssessment(store, principal, params.id);
      const saved = await saveChanges(store, { assessment, expectedVersion, changes: body });
      c.header("ETag", etagOf(saved.version));
      return c.json(saved);
    },
  });
}

function scoreRoute({ store }: AppDeps) {
  const scoreJson = { en: scoreMemo(), fr: scoreMemo(256, scoreJsonIn("fr")) };
  return route({
    method: "get",
    path: "/api/assessments/:id/score",
    access: ["official", "reviewer", "admin"],
    summary:
      "Live score report with ranked recommendations (drafts too), claimed against verified; ?capacity=0-6:3,6-18:6,18-36:12 plans them",
    tag: "assessments",
    params: idParams,
    query: capacityQuery,
    responses: { 200: { description: "Score report", schema: scoreReportResponse }, ...errors(400, 401, 403, 404) },
    handler: async (c, { params, query, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      c.header("ETag", etagOf(assessment.version));
      const language = requestLanguage(c);
      c.header("Content-Language", language);
      const reviews = await store.reviews.list(assessment.id);
      if (query.capacity !== undefined)
        return c.json(reportWithinCapacity(assessment, reviews, query.capacity, language));
      return c.body(scoreJson[language](assessment, reviews), 200, { "content-type": "application/json" });
    },
  });
}

/** Routes over one country's assessments. */
export function assessmentRoutes(deps: AppDeps) {
  return [
    createRoute(deps),
    listRoute(deps),
    getRoute(deps),
    patchRoute(deps),
    scoreRoute(deps),
    sensitivityRoute(deps),
    ...submissionRoutes(deps),
  ];
}
