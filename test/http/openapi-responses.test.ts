import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceChecker, type OpenApiDocument } from "../support/openapi-conformance.ts";
import { createAssessment, INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let api: ReturnType<typeof conformanceChecker>;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp({ pooledMinCount: 1 });
  api = conformanceChecker(t, (await (await t.call("GET", "/api/openapi.json")).json()) as OpenApiDocument);
  tokens.official = await t.token("official", "CAN");
  tokens.reviewer = await t.token("reviewer", "CAN");
  tokens.analyst = await t.token("analyst");
  tokens.admin = await t.token("admin");
});
afterAll(() => t.close());

type Json = { id: string };
const idOf = async (res: Response) => ((await res.clone().json()) as Json).id;
const answers = { "casualty-risk-policy": { level: 1 }, "national-caveats": { level: 3 } };

describe("real responses of every route match the OpenAPI document", () => {
  let id = "";
  let snapshots: string[] = [];

  it("public and docs routes, with their refusals", async () => {
    for (const path of ["/api/health", "/api/openapi.json", "/api/docs", "/api/docs/docs.js", "/api/docs/docs.css"])
      await api.call("GET", path);
    await api.call("GET", "/.well-known/jwks.json");
    await api.call("GET", "/api/countries");
    await api.call("GET", "/api/countries?lang=fr");
    await api.call("GET", "/api/countries?lang=xx");
    await api.call("GET", "/api/instruments?lang=fr");
    await api.call("GET", "/api/instruments?lang=xx");
    const v = `/api/instruments/${INSTRUMENT.instrumentId}/versions`;
    for (const version of ["2026.1", "2026.2"]) await api.call("GET", `${v}/${version}?lang=fr`);
    await api.call("GET", `${v}/9`);
    await api.call("POST", "/api/dev/token", { body: { role: "reviewer", country: "CAN" } });
    await api.call("POST", "/api/dev/token", { body: { role: "official" } });
  });

  it("an official's assessment: create, list, read, patch, score, submit, snapshots, visibility", async () => {
    const official = { token: tokens.official };
    const body = { country: "CAN", cycle: 2026, ...INSTRUMENT };
    id = await idOf(await api.call("POST", "/api/assessments", { ...official, body }));
    await api.call("POST", "/api/assessments", { ...official, body });
    await api.call("POST", "/api/assessments", { ...official, body: { ...body, country: "NOR" } });
    await api.call("POST", "/api/assessments", { ...official, body: { ...body, cycle: 1999 } });
    await api.call("POST", "/api/assessments", { ...official, body: { ...body, cycle: 2027, copyFrom: id } });
    await api.call("POST", "/api/assessments", { ...official, headers: { "content-type": "text/plain" }, body: "x" });
    await api.call("GET", "/api/assessments?limit=1", official);
    await api.call("GET", "/api/assessments?nextToken=forged", { token: tokens.admin });
    await api.call("GET", "/api/assessments?cycle=20266", official);
    const one = `/api/assessments/${id}`;
    await api.call("GET", one, official);
    await api.call("GET", "/api/assessments/none", official);
    await api.call("GET", one);
    await api.call("GET", one, { token: tokens.analyst });
    const patch = (ifMatch: string | undefined, payload: unknown) =>
      api.call("PATCH", one, { ...official, headers: ifMatch ? { "if-match": ifMatch } : {}, body: payload });
    await patch('"1"', { answers });
    await patch(undefined, { answers });
    await patch("one", { answers });
    await patch('"1"', { answers: { "national-caveats": { level: 1 } } });
    await patch('"2"', { answers: { x: 1 } });
    await patch('"2"', { answers: { x: { level: 1, note: "y".repeat(70_000) } } });
    await api.call("GET", `${one}/score`, official);
    await api.call("GET", `${one}/score?lang=fr`, { token: tokens.reviewer });
    await api.call("GET", `${one}/score?capacity=0-6:3,6-18:6,18-36:12`, official);
    await api.call("GET", `${one}/score?capacity=lots`, official);
    await api.call("GET", `${one}/sensitivity`, official);
    const submit = (key: string | undefined, payload: unknown = {}) =>
      api.call("POST", `${one}/submit`, { ...official, headers: key ? { "idempotency-key": key } : {}, body: payload });
    snapshots = [await idOf(await submit("k1"))];
    await submit("k1", { note: "other" });
    await submit(undefined);
    await submit("bad key");
    await patch('"3"', { answers: { "national-caveats": { level: 2 } } });
    snapshots.push(await idOf(await submit("k2")));
    await api.call("GET", `${one}/snapshots?limit=1`, official);
    await api.call("GET", `${one}/snapshots?limit=0`, official);
    await api.call("PUT", `${one}/visibility`, { ...official, body: { visibility: "public" } });
    await api.call("PUT", `${one}/visibility`, { ...official, body: { visibility: "everyone" } });
    await api.call("GET", `${one}/visibility-log`, official);
  });

  it("snapshots, comparisons (across instrument versions too) and public profiles", async () => {
    const official = { token: tokens.official };
    const [first, second] = snapshots;
    await api.call("GET", `/api/snapshots/${first}`, official);
    await api.call("GET", `/api/snapshots/${first}?lang=fr`, official);
    await api.call("GET", `/api/snapshots/${first}/compare/${second}`, official);
    const next = { country: "CAN", cycle: 2028, instrumentId: INSTRUMENT.instrumentId, instrumentVersion: "2026.2" };
    const other = await idOf(await api.call("POST", "/api/assessments", { ...official, body: next }));
    const submitted = await api.call("POST", `/api/assessments/${other}/submit`, {
      ...official,
      headers: { "idempotency-key": "v2" },
      body: {},
    });
    await api.call("GET", `/api/snapshots/${first}/compare/${await idOf(submitted)}`, official);
    await api.call("GET", "/api/snapshots/none/compare/none", official);
    await api.call("GET", "/api/profiles/CAN", { token: tokens.analyst });
    await api.call("GET", "/api/profiles/NOR", { token: tokens.analyst });
    await api.call("GET", "/api/profiles/nor", { token: tokens.analyst });
  });

  it("reviews and respondents", async () => {
    const one = `/api/assessments/${id}`;
    const reviewer = { token: tokens.reviewer };
    await api.call("POST", `${one}/reviews`, {
      ...reviewer,
      body: { indicatorId: "national-caveats", verdict: "verified" },
    });
    await api.call("POST", `${one}/reviews`, {
      ...reviewer,
      body: { indicatorId: "national-caveats", verdict: "maybe" },
    });
    await api.call("GET", `${one}/reviews`, reviewer);
    const official = { token: tokens.official };
    await api.call("PATCH", `${one}/responses/mine`, {
      ...official,
      headers: { "if-none-match": "*" },
      body: { answers },
    });
    const draft = await createAssessment(t, "CAN", 2030);
    const mine = `/api/assessments/${draft}/responses/mine`;
    await api.call("GET", mine, official);
    const body = { institution: "defence", answers };
    await api.call("PATCH", mine, { ...official, body });
    await api.call("PATCH", mine, { ...official, headers: { "if-none-match": "*" }, body });
    await api.call("PATCH", mine, { ...official, headers: { "if-none-match": "*" }, body });
    await api.call("PATCH", mine, { ...official, headers: { "if-match": '"1"' }, body: { answers: { x: 1 } } });
    await api.call("GET", mine, official);
    await api.call("GET", `${one}/responses`, reviewer);
  });

  it("cohorts, statistics and exports for analysts", async () => {
    const analyst = { token: tokens.analyst };
    await createAssessment(t, "NOR");
    await api.call("GET", "/api/cohorts", analyst);
    const cohort = await idOf(
      await api.call("POST", "/api/cohorts", { ...analyst, body: { name: "Pair", countries: ["CAN", "NOR"] } }),
    );
    await api.call("POST", "/api/cohorts", { ...analyst, body: { name: "", countries: [] } });
    await api.call("POST", "/api/cohorts", { token: tokens.admin, body: { name: "A", countries: ["CAN"] } });
    const stats = `instrument=${INSTRUMENT.instrumentId}&version=${INSTRUMENT.instrumentVersion}&cycle=2026`;
    await api.call("GET", `/api/cohorts/${cohort}/stats?${stats}`, analyst);
    await api.call("GET", `/api/cohorts/all/stats?${stats}`, analyst);
    await api.call("GET", `/api/cohorts/none/stats?${stats}`, analyst);
    await api.call("GET", "/api/cohorts/all/stats", analyst);
    await api.call("GET", "/api/exports/scores.csv", analyst);
    await api.call("GET", "/api/exports/scores.json?cycle=2026", analyst);
    await api.call("GET", "/api/exports/scores.json?cycle=x", analyst);
    await api.call("GET", "/api/exports/codebook.json?lang=fr", { token: tokens.admin });
    await api.call("GET", "/api/exports/codebook.json");
  });

  it("every route of the table answered with success, and nothing differed from the document", () => {
    const routes = t.routes.map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`);
    expect(routes.length).toBeGreaterThanOrEqual(32);
    const unanswered = routes.filter((r) => !api.succeeded.has(r));
    expect({ unanswered, problems: api.problems }).toEqual({ unanswered: [], problems: [] });
  });
});
