import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishViaApi } from "../support/publishing.ts";
import { createAssessment, INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

type Who = "anonymous" | "sameCountry" | "otherCountry" | "analyst" | "admin" | "reviewer" | "otherReviewer";
const everyone: Who[] = ["anonymous", "sameCountry", "otherCountry", "analyst", "admin", "reviewer", "otherReviewer"];

interface Fixture {
  assessmentId: string;
  /** A draft that stays a draft, for respondents. */
  draftId: string;
  snapshotA: string;
  snapshotB: string;
}

interface Row {
  route: string;
  request: (
    f: Fixture,
    n: number,
  ) => { method: string; path: string; body?: unknown; headers?: Record<string, string> };
  expect: Record<Who, number>;
}

const open = (status: number): Record<Who, number> => ({
  anonymous: status,
  sameCountry: status,
  otherCountry: status,
  analyst: status,
  admin: status,
  reviewer: status,
  otherReviewer: status,
});
/** Think-tank routes: analysts (and admins) only; officials are refused outright. */
const thinkTank = (analyst: number, admin: number): Record<Who, number> => ({
  anonymous: 401,
  sameCountry: 403,
  otherCountry: 403,
  analyst,
  admin,
  reviewer: 403,
  otherReviewer: 403,
});
const statsQuery = "instrument=un-peace-ops-readiness&version=2026.1&cycle=2026";
/** Own-country routes: a reviewer of CAN reads CAN's as officials do (when the route lets reviewers in); NOR's 404. */
const own = (ok: number, admin: number, reviewer = 403) => ({
  anonymous: 401,
  sameCountry: ok,
  otherCountry: 404,
  analyst: 403,
  admin,
  reviewer,
  otherReviewer: reviewer === 403 ? 403 : 404,
});

/** One row per route: who gets which status. Every route of the app must appear here. */
const matrix: Row[] = [
  { route: "GET /api/health", request: () => ({ method: "GET", path: "/api/health" }), expect: open(200) },
  { route: "GET /api/instruments", request: () => ({ method: "GET", path: "/api/instruments" }), expect: open(200) },
  { route: "GET /api/countries", request: () => ({ method: "GET", path: "/api/countries" }), expect: open(200) },
  {
    route: "GET /api/instruments/:id/versions/:version",
    request: () => ({ method: "GET", path: "/api/instruments/un-peace-ops-readiness/versions/2026.1" }),
    expect: open(200),
  },
  {
    route: "POST /api/dev/token",
    request: () => ({ method: "POST", path: "/api/dev/token", body: { role: "analyst" } }),
    expect: open(200),
  },
  {
    route: "POST /api/assessments",
    request: (_f, n) => ({
      method: "POST",
      path: "/api/assessments",
      body: { country: "CAN", cycle: 2040 + n, ...INSTRUMENT },
    }),
    expect: { ...own(201, 403), otherCountry: 403 },
  },
  {
    route: "GET /api/assessments",
    request: () => ({ method: "GET", path: "/api/assessments?country=CAN" }),
    expect: { ...own(200, 200, 200), otherCountry: 403, otherReviewer: 403 },
  },
  {
    route: "GET /api/assessments/:id",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.assessmentId}` }),
    expect: own(200, 200, 200),
  },
  {
    route: "PATCH /api/assessments/:id",
    request: (f) => ({
      method: "PATCH",
      path: `/api/assessments/${f.assessmentId}`,
      headers: { "if-match": "*current*" },
      body: { answers: { "national-caveats": { level: 2 } } },
    }),
    expect: own(200, 403),
  },
  {
    route: "GET /api/assessments/:id/score",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.assessmentId}/score` }),
    expect: own(200, 200, 200),
  },
  {
    route: "POST /api/assessments/:id/reviews",
    request: (f) => ({
      method: "POST",
      path: `/api/assessments/${f.assessmentId}/reviews`,
      body: { indicatorId: "casualty-risk-policy", verdict: "verified" },
    }),
    expect: { ...own(403, 403, 201), otherCountry: 403 },
  },
  {
    route: "GET /api/assessments/:id/reviews",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.assessmentId}/reviews` }),
    expect: own(200, 200, 200),
  },
  {
    route: "PATCH /api/assessments/:id/responses/mine",
    request: (f) => ({
      method: "PATCH",
      path: `/api/assessments/${f.draftId}/responses/mine`,
      headers: { "if-none-match": "*" },
      body: { institution: "defence", answers: { "national-caveats": { level: 2 } } },
    }),
    expect: own(200, 403),
  },
  {
    route: "GET /api/assessments/:id/responses/mine",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.draftId}/responses/mine` }),
    expect: own(200, 403),
  },
  {
    route: "GET /api/assessments/:id/responses",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.draftId}/responses` }),
    expect: own(200, 200, 200),
  },
  {
    route: "GET /api/assessments/:id/sensitivity",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.assessmentId}/sensitivity` }),
    expect: own(200, 200),
  },
  {
    route: "POST /api/assessments/:id/submit",
    request: (f, n) => ({
      method: "POST",
      path: `/api/assessments/${f.assessmentId}/submit`,
      headers: { "idempotency-key": `m${n}` },
      body: {},
    }),
    expect: own(201, 403),
  },
  {
    route: "GET /api/assessments/:id/snapshots",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.assessmentId}/snapshots` }),
    expect: own(200, 200),
  },
  {
    route: "PUT /api/assessments/:id/visibility",
    request: (f) => ({
      method: "PUT",
      path: `/api/assessments/${f.assessmentId}/visibility`,
      body: { visibility: "private" },
    }),
    expect: own(200, 403),
  },
  {
    route: "GET /api/assessments/:id/visibility-log",
    request: (f) => ({ method: "GET", path: `/api/assessments/${f.assessmentId}/visibility-log` }),
    expect: own(200, 200),
  },
  {
    route: "GET /api/snapshots/:id",
    request: (f) => ({ method: "GET", path: `/api/snapshots/${f.snapshotA}` }),
    expect: own(200, 200),
  },
  {
    route: "GET /api/snapshots/:a/compare/:b",
    request: (f) => ({ method: "GET", path: `/api/snapshots/${f.snapshotA}/compare/${f.snapshotB}` }),
    expect: own(200, 200),
  },
  {
    route: "GET /api/cohorts",
    request: () => ({ method: "GET", path: "/api/cohorts" }),
    expect: thinkTank(200, 200),
  },
  {
    route: "POST /api/cohorts",
    request: () => ({ method: "POST", path: "/api/cohorts", body: { name: "Nordics", countries: ["NOR", "SWE"] } }),
    expect: thinkTank(201, 403),
  },
  {
    route: "GET /api/cohorts/:id/stats",
    request: () => ({ method: "GET", path: `/api/cohorts/all/stats?${statsQuery}` }),
    expect: thinkTank(200, 200),
  },
  {
    route: "GET /api/profiles/:country",
    request: () => ({ method: "GET", path: "/api/profiles/NOR" }),
    expect: { ...open(200), anonymous: 401, reviewer: 403, otherReviewer: 403 },
  },
  {
    route: "GET /api/exports/scores.csv",
    request: () => ({ method: "GET", path: "/api/exports/scores.csv?cycle=2026" }),
    expect: thinkTank(200, 200),
  },
  {
    route: "GET /api/exports/scores.json",
    request: () => ({ method: "GET", path: "/api/exports/scores.json" }),
    expect: thinkTank(200, 200),
  },
  {
    route: "GET /api/exports/codebook.json",
    request: () => ({ method: "GET", path: "/api/exports/codebook.json" }),
    expect: thinkTank(200, 200),
  },
  {
    route: "GET /.well-known/jwks.json",
    request: () => ({ method: "GET", path: "/.well-known/jwks.json" }),
    expect: open(200),
  },
  { route: "GET /api/openapi.json", request: () => ({ method: "GET", path: "/api/openapi.json" }), expect: open(200) },
  { route: "GET /api/docs", request: () => ({ method: "GET", path: "/api/docs" }), expect: open(200) },
  { route: "GET /api/docs/docs.js", request: () => ({ method: "GET", path: "/api/docs/docs.js" }), expect: open(200) },
  {
    route: "GET /api/docs/docs.css",
    request: () => ({ method: "GET", path: "/api/docs/docs.css" }),
    expect: open(200),
  },
];

let t: TestApp;
let fixture: Fixture;
let tokens: Record<Who, string | undefined>;
const secretNote = "CAN-internal-note-7f3a";

beforeAll(async () => {
  t = await startTestApp();
  tokens = {
    anonymous: undefined,
    sameCountry: await t.token("official", "CAN"),
    otherCountry: await t.token("official", "FRA"),
    analyst: await t.token("analyst"),
    admin: await t.token("admin"),
    reviewer: await t.token("reviewer", "CAN"),
    otherReviewer: await t.token("reviewer", "NOR"),
  };
  const assessmentId = await createAssessment(t, "CAN");
  const patch = { answers: { "casualty-risk-policy": { level: 1, note: secretNote } } };
  await t.call("PATCH", `/api/assessments/${assessmentId}`, {
    token: tokens.sameCountry,
    headers: { "if-match": '"1"' },
    body: patch,
  });
  const submit = async (key: string) => {
    const res = await t.call("POST", `/api/assessments/${assessmentId}/submit`, {
      token: tokens.sameCountry,
      headers: { "idempotency-key": key },
      body: {},
    });
    return ((await res.json()) as { id: string }).id;
  };
  const draftId = await createAssessment(t, "CAN", 2027);
  fixture = { assessmentId, draftId, snapshotA: await submit("a"), snapshotB: await submit("b") };
  // A public profile to read: another country's, which every official may see.
  await publishViaApi(t, "NOR", 2026, { "casualty-risk-policy": { level: 2 } }, "public");
});
afterAll(() => t.close());

async function currentVersion(): Promise<string> {
  const res = await t.call("GET", `/api/assessments/${fixture.assessmentId}`, { token: tokens.admin });
  return res.headers.get("etag") as string;
}

describe("authorization matrix", () => {
  it("covers every route the app serves", () => {
    const served = t.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(matrix.map((r) => r.route).sort()).toEqual(served);
  });

  let n = 0;
  const cases = matrix.flatMap((row) => everyone.map((who) => [row.route, who, row.expect[who], row] as const));
  it.each(cases)("%s as %s → %i", async (_route, who, status, row) => {
    n += 1;
    const req = row.request(fixture, n);
    const headers = { ...(req.headers ?? {}) };
    if (headers["if-match"] === "*current*") headers["if-match"] = await currentVersion();
    const res = await t.call(req.method, req.path, { token: tokens[who], body: req.body, headers });
    const text = await res.text();
    expect(res.status, text).toBe(status);
    if (status >= 400) {
      expect(text).not.toContain(secretNote);
      expect(text).not.toContain('"country":"CAN"');
      expect(JSON.parse(text)).toHaveProperty("error.code");
    }
  });

  it("left another country's attempts without effect", async () => {
    const log = await t.call("GET", `/api/assessments/${fixture.assessmentId}/visibility-log`, { token: tokens.admin });
    const changes = ((await log.json()) as { items: { changedBy: string }[] }).items;
    expect(changes.every((c) => c.changedBy === "official-CAN")).toBe(true);
    const fra = await t.call("GET", "/api/assessments", { token: tokens.otherCountry });
    expect(((await fra.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
