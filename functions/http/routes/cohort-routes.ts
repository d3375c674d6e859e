import { builtInCohorts } from "../../core/cohorts/built-in.ts";
import { findInstrument } from "../../core/instrument/catalogue.ts";
import type { Instrument } from "../../core/instrument/schema.ts";
import { cohortStats } from "../../use-cases/cohort-stats.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors, HttpError } from "../errors.ts";
import { route } from "../route-table.ts";
import { idParams, listOf, pageQuery } from "../schemas.ts";
import { cohortBody, cohortResponse, cohortStatsResponse, statsQuery } from "../think-tank-schemas.ts";

const builtIns = builtInCohorts.map(({ id, name, kind, countries }) => ({ id, name, kind, countries: [...countries] }));

function instrumentOf(id: string, version: string): Instrument {
  const instrument = findInstrument(id, version);
  if (!instrument) {
    throw new HttpError(400, "invalid_request", "version: no such published instrument version", {
      field: "query.version",
    });
  }
  return instrument;
}

function listRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/cohorts",
    access: ["analyst", "admin"],
    summary: "Cohorts: the built-in ones (first page only), then the caller's own lists (admins: everyone's)",
    tag: "cohorts",
    query: pageQuery,
    responses: { 200: { description: "A page of cohorts", schema: listOf(cohortResponse) }, ...errors(400, 401, 403) },
    handler: async (c, { query, principal }) => {
      const owner = principal.role === "admin" ? undefined : principal.subject;
      const page = await store.cohorts.list({ ...query, owner });
      const items = [...(query.nextToken === undefined ? builtIns : []), ...page.items];
      return c.json({ items, ...(page.nextToken ? { nextToken: page.nextToken } : {}) });
    },
  });
}

function createRoute({ store }: AppDeps) {
  return route({
    method: "post",
    path: "/api/cohorts",
    access: ["analyst"],
    summary: "Name a list of UN member states; its statistics count public results only",
    tag: "cohorts",
    body: cohortBody,
    responses: { 201: { description: "Created", schema: cohortResponse }, ...errors(400, 401, 403) },
    handler: async (c, { body, principal }) => {
      const cohort = await store.cohorts.create({ ...body, owner: principal.subject });
      c.header("Location", `/api/cohorts/${cohort.id}`);
      return c.json(cohort, 201);
    },
  });
}

function statsRoute({ store, pooledMinCount: minCount }: AppDeps) {
  return route({
    method: "get",
    path: "/api/cohorts/:id/stats",
    access: ["analyst", "admin"],
    summary:
      "Cohort statistics per dimension and indicator with the trend across cycles; suppressed below the threshold",
    tag: "cohorts",
    params: idParams,
    query: statsQuery,
    responses: { 200: { description: "Statistics", schema: cohortStatsResponse }, ...errors(400, 401, 403, 404) },
    handler: async (c, { params, query, principal }) => {
      const instrument = instrumentOf(query.instrument, query.version);
      const request = { cohortId: params.id, instrument, cycle: query.cycle, minCount, reader: principal };
      return c.json(await cohortStats(store, request));
    },
  });
}

/** The think tanks' cohorts and their statistics. */
export function cohortRoutes(deps: AppDeps) {
  return [listRoute(deps), createRoute(deps), statsRoute(deps)];
}
