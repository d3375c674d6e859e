import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment, INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
// biome-ignore lint/suspicious/noExplicitAny: the document is probed structurally
let doc: Record<string, any>;
beforeAll(async () => {
  t = await startTestApp({ pooledMinCount: 1 });
  doc = await (await t.call("GET", "/api/openapi.json")).json();
});
afterAll(() => t.close());

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const seen = new Set<string>();
const mismatches: string[] = [];

/** Checks one real response against what the document says for its route and status. */
async function conforms(method: string, route: string, res: Response) {
  const operation = doc.paths[route]?.[method.toLowerCase()];
  expect(operation, `${method} ${route} is documented`).toBeDefined();
  const documented = operation.responses[String(res.status)];
  expect(documented, `${method} ${route} documents ${res.status}`).toBeDefined();
  const type = (res.headers.get("content-type") ?? "").split(";")[0] as string;
  const [documentedType, media] = Object.entries(documented.content ?? {})[0] ?? [];
  if (documentedType) expect(type, `${method} ${route} ${res.status} media type`).toBe(documentedType);
  if (res.status < 300) seen.add(`${method.toLowerCase()} ${route}`);
  // biome-ignore lint/suspicious/noExplicitAny: a JSON Schema object
  const schema = (media as { schema?: any } | undefined)?.schema;
  if (!schema || type !== "application/json") return res;
  const validate = ajv.compile({ ...schema, components: doc.components });
  const body = await res.clone().json();
  if (!validate(body)) mismatches.push(`${method} ${route} ${res.status}: ${ajv.errorsText(validate.errors)}`);
  return res;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and every $ref resolves inside it", async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").pop() as string], ref).toBeDefined();
    }
  });

  it("documents the syntax of If-Match, Idempotency-Key and cycle", () => {
    const header = (path: string, method: string, name: string) =>
      doc.paths[path][method].parameters.find((p: { name: string }) => p.name === name).schema;
    expect(header("/api/assessments/{id}", "patch", "If-Match")).toMatchObject({ pattern: expect.any(String) });
    expect(header("/api/assessments/{id}/submit", "post", "Idempotency-Key")).toMatchObject({ maxLength: 128 });
    expect(header("/api/assessments", "get", "cycle")).toMatchObject({ minimum: 2000, maximum: 2100 });
    expect(doc.components.schemas.CreateAssessment.properties.cycle).toMatchObject({ minimum: 2000, maximum: 2100 });
  });
});

describe("real responses of every route match the document", () => {
  it("on the path of an official, an analyst and an admin, and when refused", async () => {
    const official = await t.token("official", "CAN");
    const analyst = await t.token("analyst");
    const admin = await t.token("admin");
    const call = async (method: string, route: string, path: string, o: Parameters<TestApp["call"]>[2] = {}) =>
      conforms(method, route, await t.call(method, path, o));

    await call("GET", "/api/health", "/api/health");
    await call("GET", "/api/openapi.json", "/api/openapi.json");
    for (const asset of ["/api/docs", "/api/docs/docs.js", "/api/docs/docs.css"]) await call("GET", asset, asset);
    await call("GET", "/api/instruments", "/api/instruments");
    const v = `/api/instruments/${INSTRUMENT.instrumentId}/versions/${INSTRUMENT.instrumentVersion}`;
    await call("GET", "/api/instruments/{id}/versions/{version}", v);
    await call("GET", "/api/instruments/{id}/versions/{version}", `${v}?lang=fr`);
    await call("GET", "/api/instruments/{id}/versions/{version}", "/api/instruments/x/versions/9");
    if (doc.paths["/api/dev/token"])
      await call("POST", "/api/dev/token", "/api/dev/token", { body: { role: "admin" } });

    const created = await call("POST", "/api/assessments", "/api/assessments", {
      token: official,
      body: { country: "CAN", cycle: 2026, ...INSTRUMENT },
    });
    const { id } = await created.json();
    const one = `/api/assessments/${id}`;
    await call("POST", "/api/assessments", "/api/assessments", {
      token: official,
      body: { country: "CAN", cycle: 2026, ...INSTRUMENT },
    });
    await call("GET", "/api/assessments", "/api/assessments", { token: official });
    await call("GET", "/api/assessments", "/api/assessments?nextToken=forged", { token: admin });
    await call("GET", "/api/assessments/{id}", one, { token: official });
    await call("GET", "/api/assessments/{id}", "/api/assessments/none", { token: official });
    const answers = { "casualty-risk-policy": { level: 2, evidence: "documented" }, "national-caveats": { level: 3 } };
    await call("PATCH", "/api/assessments/{id}", one, {
      token: official,
      headers: { "if-match": '"1"' },
      body: { answers },
    });
    await call("PATCH", "/api/assessments/{id}", one, { token: official, body: { answers } });
    await call("PATCH", "/api/assessments/{id}", one, {
      token: official,
      headers: { "if-match": '"1"' },
      body: { answers: { x: 1 } },
    });
    await call("PATCH", "/api/assessments/{id}", one, {
      token: official,
      headers: { "if-match": '"1"' },
      body: { answers: { "national-caveats": { level: 1 } } },
    });
    await call("PATCH", "/api/assessments/{id}", one, {
      token: official,
      headers: { "if-match": '"2"', "content-type": "text/plain" },
      body: "x",
    });
    await call("PATCH", "/api/assessments/{id}", one, {
      token: official,
      headers: { "if-match": '"2"' },
      body: { answers: { x: { level: 1, note: "y".repeat(70_000) } } },
    });
    await call("GET", "/api/assessments/{id}/score", `${one}/score`, { token: official });
    const submit = (key: string) =>
      call("POST", "/api/assessments/{id}/submit", `${one}/submit`, {
        token: official,
        headers: { "idempotency-key": key },
        body: {},
      });
    const first = await (await submit("k1")).json();
    await call("POST", "/api/assessments/{id}/submit", `${one}/submit`, {
      token: official,
      headers: { "idempotency-key": "k1" },
      body: { note: "other" },
    });
    await call("POST", "/api/assessments/{id}/submit", `${one}/submit`, { token: official, body: {} });
    await call("PATCH", "/api/assessments/{id}", one, {
      token: official,
      headers: { "if-match": '"3"' },
      body: { answers: { "national-caveats": { level: 2 } } },
    });
    const second = await (await submit("k2")).json();
    await call("GET", "/api/assessments/{id}/snapshots", `${one}/snapshots?limit=1`, { token: official });
    await call("GET", "/api/snapshots/{id}", `/api/snapshots/${first.id}`, { token: official });
    await call("GET", "/api/snapshots/{a}/compare/{b}", `/api/snapshots/${first.id}/compare/${second.id}`, {
      token: official,
    });
    await call("PUT", "/api/assessments/{id}/visibility", `${one}/visibility`, {
      token: official,
      body: { visibility: "public" },
    });
    await call("PUT", "/api/assessments/{id}/visibility", `${one}/visibility`, {
      token: official,
      body: { visibility: "everyone" },
    });
    await call("GET", "/api/assessments/{id}/visibility-log", `${one}/visibility-log`, { token: official });
    await call("GET", "/api/profiles/{country}", "/api/profiles/CAN", { token: analyst });
    await call("GET", "/api/profiles/{country}", "/api/profiles/NOR", { token: analyst });

    const other = await createAssessment(t, "NOR");
    await call("GET", "/api/assessments/{id}", `/api/assessments/${other}`, { token: official });
    await call("GET", "/api/cohorts", "/api/cohorts", { token: analyst });
    const cohort = await (
      await call("POST", "/api/cohorts", "/api/cohorts", {
        token: analyst,
        body: { name: "Pair", countries: ["CAN", "NOR"] },
      })
    ).json();
    await call("POST", "/api/cohorts", "/api/cohorts", { token: analyst, body: { name: "", countries: [] } });
    const stats = `instrument=${INSTRUMENT.instrumentId}&version=${INSTRUMENT.instrumentVersion}&cycle=2026`;
    await call("GET", "/api/cohorts/{id}/stats", `/api/cohorts/${cohort.id}/stats?${stats}`, { token: analyst });
    await call("GET", "/api/cohorts/{id}/stats", `/api/cohorts/all/stats?${stats}`, { token: analyst });
    await call("GET", "/api/cohorts/{id}/stats", `/api/cohorts/all/stats?${stats}`, { token: official });
    await call("GET", "/api/cohorts/{id}/stats", `/api/cohorts/all/stats`, { token: analyst });
    await call("GET", "/api/exports/scores.csv", "/api/exports/scores.csv", { token: analyst });
    await call("GET", "/api/exports/scores.json", "/api/exports/scores.json?cycle=2026", { token: analyst });
    await call("GET", "/api/exports/codebook.json", "/api/exports/codebook.json", { token: admin });
    await call("GET", "/api/exports/codebook.json", "/api/exports/codebook.json", {});

    const routes = t.routes.map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`);
    expect(routes.filter((r) => !seen.has(r))).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});
