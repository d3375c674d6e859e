import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment, INSTRUMENT, type Json, json, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let official: string;
beforeAll(async () => {
  t = await startTestApp();
  official = await t.token("official", "CAN");
});
afterAll(() => t.close());

describe("the assessment lifecycle", () => {
  it("creates, patches under If-Match, scores, submits, lists snapshots, compares and sets visibility", async () => {
    const created = await t.call("POST", "/api/assessments", {
      token: official,
      body: { country: "CAN", cycle: 2026, ...INSTRUMENT },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"1"');
    const { id } = await json(created);

    const read = await t.call("GET", `/api/assessments/${id}`, { token: official });
    expect(read.headers.get("etag")).toBe('"1"');

    const patched = await t.call("PATCH", `/api/assessments/${id}`, {
      token: official,
      headers: { "if-match": '"1"' },
      body: { answers: { "casualty-risk-policy": { level: 1, evidence: "documented" } }, profile: {} },
    });
    expect(patched.status).toBe(200);
    expect(patched.headers.get("etag")).toBe('"2"');
    expect((await json(patched)).answers["casualty-risk-policy"]).toEqual({ level: 1, evidence: "documented" });

    const score = await json(await t.call("GET", `/api/assessments/${id}/score`, { token: official }));
    expect(score.methodVersion).toBeTruthy();
    expect(score.dimensions.map((d: { dimensionId: string }) => d.dimensionId)).toEqual([
      "risk-tolerance",
      "adaptive-capacity",
      "training-readiness",
    ]);
    expect(score.dimensions[0].index).toBe(33.33);
    expect(score.recommendations.length).toBeGreaterThan(0);

    const submit = await t.call("POST", `/api/assessments/${id}/submit`, {
      token: official,
      headers: { "idempotency-key": "k1" },
      body: {},
    });
    expect(submit.status).toBe(201);
    const first = await json(submit);
    expect(first).toMatchObject({ assessmentId: id, country: "CAN", score: { methodVersion: score.methodVersion } });
    expect((await json(await t.call("GET", `/api/assessments/${id}`, { token: official }))).status).toBe("submitted");

    await t.call("PATCH", `/api/assessments/${id}`, {
      token: official,
      headers: { "if-match": '"3"' },
      body: { answers: { "casualty-risk-policy": { level: 3 } } },
    });
    const second = await json(
      await t.call("POST", `/api/assessments/${id}/submit`, {
        token: official,
        headers: { "idempotency-key": "k2" },
        body: {},
      }),
    );
    const list = await json(await t.call("GET", `/api/assessments/${id}/snapshots`, { token: official }));
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([second.id, first.id]);
    expect((await json(await t.call("GET", `/api/snapshots/${first.id}`, { token: official }))).answers).toEqual(
      first.answers,
    );

    const diff = await json(
      await t.call("GET", `/api/snapshots/${first.id}/compare/${second.id}`, { token: official }),
    );
    expect(diff.indicators).toEqual([
      { indicatorId: "casualty-risk-policy", from: { level: 1, evidence: "documented" }, to: { level: 3 } },
    ]);
    expect(diff.dimensions[0]).toMatchObject({
      dimensionId: "risk-tolerance",
      from: { index: 33.33 },
      to: { index: 100 },
      indexChange: 66.67,
    });

    const vis = await t.call("PUT", `/api/assessments/${id}/visibility`, {
      token: official,
      body: { visibility: "pooled" },
    });
    expect(await json(vis)).toMatchObject({ visibility: "pooled", previous: "private", changedBy: "official-CAN" });
    const log = await json(await t.call("GET", `/api/assessments/${id}/visibility-log`, { token: official }));
    expect(log.items).toHaveLength(1);
  });
});

describe("documented errors", () => {
  let id: string;
  beforeAll(async () => {
    id = await createAssessment(t, "MEX");
  });
  const mex = () => t.token("official", "MEX");

  it("409 with the existing id when the cycle already has an assessment", async () => {
    const res = await t.call("POST", "/api/assessments", {
      token: await mex(),
      body: { country: "MEX", cycle: 2026, ...INSTRUMENT },
    });
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({ code: "assessment_exists", details: { assessmentId: id } });
  });

  it.each([
    [{ country: "MEX", cycle: "2026", ...INSTRUMENT }, "body.cycle"],
    [{ country: "mex", cycle: 2026, ...INSTRUMENT }, "body.country"],
    [{ country: "MEX", cycle: 2026, ...INSTRUMENT, extra: 1 }, "body"],
    [
      { country: "MEX", cycle: 2026, instrumentId: "un-peace-ops-readiness", instrumentVersion: "1999.1" },
      "instrumentVersion",
    ],
  ])("400 naming the field for %j", async (body, field) => {
    const res = await t.call("POST", "/api/assessments", { token: await mex(), body });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details.field).toBe(field);
  });

  it("403 when an official starts another country's assessment", async () => {
    const res = await t.call("POST", "/api/assessments", {
      token: await mex(),
      body: { country: "CAN", cycle: 2030, ...INSTRUMENT },
    });
    expect(res.status).toBe(403);
  });

  it("428 without If-Match, 400 with a malformed one, 409 with the current state when stale", async () => {
    const body = { answers: { "casualty-risk-policy": { level: 2 } } };
    expect((await t.call("PATCH", `/api/assessments/${id}`, { token: await mex(), body })).status).toBe(428);
    const bad = await t.call("PATCH", `/api/assessments/${id}`, {
      token: await mex(),
      body,
      headers: { "if-match": "abc" },
    });
    expect([bad.status, (await json(bad)).error.details.field]).toEqual([400, "If-Match"]);
    await t.call("PATCH", `/api/assessments/${id}`, { token: await mex(), body, headers: { "if-match": '"1"' } });
    const stale = await t.call("PATCH", `/api/assessments/${id}`, {
      token: await mex(),
      body,
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error).toMatchObject({ code: "version_conflict", details: { current: { version: 2 } } });
  });

  it.each([
    [{ answers: { "no-such-indicator": { level: 1 } } }, "answers.no-such-indicator"],
    [{ answers: { "casualty-risk-policy": { level: "na" } } }, "body.answers.casualty-risk-policy.reason"],
    [{ answers: { "casualty-risk-policy": { level: 4 } } }, "body.answers.casualty-risk-policy.level"],
    [{ profile: { "no-such-question": [] } }, "profile.no-such-question"],
    [{}, "body"],
  ])("400 naming the field for patch %j, and nothing saved", async (body, field) => {
    const before = await json(await t.call("GET", `/api/assessments/${id}`, { token: await mex() }));
    const res = await t.call("PATCH", `/api/assessments/${id}`, {
      token: await mex(),
      body,
      headers: { "if-match": `"${before.version}"` },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details.field).toBe(field);
    expect(await json(await t.call("GET", `/api/assessments/${id}`, { token: await mex() }))).toEqual(before);
  });

  it("413 for bodies over 64 KB, 415 for non-JSON, 400 for broken JSON", async () => {
    const big = await t.call("PATCH", `/api/assessments/${id}`, {
      token: await mex(),
      headers: { "if-match": '"2"' },
      body: { answers: { x: { level: 1, note: "a".repeat(70_000) } } },
    });
    expect(big.status).toBe(413);
    const text = await t.call("POST", "/api/assessments", {
      token: await mex(),
      body: "hello",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    const broken = await t.call("POST", "/api/assessments", { token: await mex(), body: "{" });
    expect([broken.status, (await json(broken)).error.details.field]).toEqual([400, "body"]);
  });

  it("submit needs an Idempotency-Key; reusing one for another body is 422", async () => {
    const none = await t.call("POST", `/api/assessments/${id}/submit`, { token: await mex(), body: {} });
    expect([none.status, (await json(none)).error.details.field]).toEqual([428, "Idempotency-Key"]);
    const malformed = await t.call("POST", `/api/assessments/${id}/submit`, {
      token: await mex(),
      headers: { "idempotency-key": "a b" },
      body: {},
    });
    expect([malformed.status, (await json(malformed)).error.details.field]).toEqual([400, "Idempotency-Key"]);
    expect(
      (
        await t.call("POST", `/api/assessments/${id}/submit`, {
          token: await mex(),
          headers: { "idempotency-key": "same" },
          body: {},
        })
      ).status,
    ).toBe(201);
    const reused = await t.call("POST", `/api/assessments/${id}/submit`, {
      token: await mex(),
      headers: { "idempotency-key": "same" },
      body: { note: "different" },
    });
    expect([reused.status, (await json(reused)).error.code]).toEqual([422, "idempotency_key_reused"]);
  });

  it("401 without a token or with a forged one; 404 for unknown ids and routes", async () => {
    expect((await t.call("GET", `/api/assessments/${id}`)).status).toBe(401);
    expect((await t.call("GET", `/api/assessments/${id}`, { token: "abc.def.ghi" })).status).toBe(401);
    expect((await t.call("GET", "/api/assessments/nope", { token: await mex() })).status).toBe(404);
    expect((await t.call("GET", "/api/snapshots/nope", { token: await mex() })).status).toBe(404);
    expect((await t.call("GET", "/api/nothing-here")).status).toBe(404);
    expect((await t.call("GET", "/api/instruments/x/versions/1")).status).toBe(404);
  });

  it("serves instruments, health, OpenAPI and the docs page with security headers", async () => {
    const list = await json(await t.call("GET", "/api/instruments"));
    expect(list.items[0]).toMatchObject(
      INSTRUMENT.instrumentId === list.items[0].id ? { id: INSTRUMENT.instrumentId } : {},
    );
    const inst = await json(await t.call("GET", "/api/instruments/un-peace-ops-readiness/versions/2026.1"));
    expect(inst.dimensions).toHaveLength(3);
    const countries = await json(await t.call("GET", "/api/countries"));
    expect(countries.items).toHaveLength(193);
    expect(countries.items).toContainEqual({ code: "CAN", name: "Canada", group: "western-european-others" });
    const health = await t.call("GET", "/api/health");
    expect(health.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    const spec = await json(await t.call("GET", "/api/openapi.json"));
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.paths["/api/assessments/{id}"].patch.requestBody).toBeDefined();
    // Response schemas are built only for this document; every documented body must still be there.
    const body = (response: Json) => response.content["application/json"].schema;
    const score = spec.paths["/api/assessments/{id}/score"].get.responses;
    const named = spec.components.schemas;
    expect(body(score["200"])).toEqual({ $ref: "#/components/schemas/ScoreReport" });
    expect(named.ScoreReport.properties).toHaveProperty("recommendations");
    expect(body(score["404"])).toEqual({ $ref: "#/components/schemas/Error" });
    expect(named.Error.properties).toHaveProperty("error");
    const snapshot = body(spec.paths["/api/assessments/{id}/submit"].post.responses["201"]);
    expect(snapshot).toEqual({ $ref: "#/components/schemas/Snapshot" });
    expect(named.Snapshot.properties.score).toEqual({ $ref: "#/components/schemas/ScoreReport" });
    const docs = await t.call("GET", "/api/docs");
    expect(await docs.text()).toContain('src="/api/docs/docs.js"');
    expect((await t.call("GET", "/api/docs/docs.js")).status).toBe(200);
    expect((await t.call("GET", "/.well-known/jwks.json")).status).toBe(200);
  });

  it("serves an instrument version with an ETag of its bytes and answers 304 to a browser that holds them", async () => {
    const path = "/api/instruments/un-peace-ops-readiness/versions/2026.2";
    const fr = await t.call("GET", `${path}?lang=fr`);
    const en = await t.call("GET", `${path}?lang=en`);
    const etag = fr.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(en.headers.get("etag")).not.toBe(etag); // each language is its own representation
    expect(fr.headers.get("cache-control")).toBe("public, max-age=3600, immutable");
    expect(fr.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await fr.text();
    expect(JSON.parse(body)).toMatchObject({ version: "2026.2", lang: "fr" });
    const again = await t.call("GET", `${path}?lang=fr`, { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const stale = await t.call("GET", `${path}?lang=fr`, { headers: { "if-none-match": '"other"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);
  });

  it("mints dev tokens only for valid roles and UN member states", async () => {
    expect((await t.call("POST", "/api/dev/token", { body: { role: "official" } })).status).toBe(400);
    expect((await t.call("POST", "/api/dev/token", { body: { role: "official", country: "XXX" } })).status).toBe(400);
    expect((await t.call("POST", "/api/dev/token", { body: { role: "root" } })).status).toBe(400);
    const ok = await json(await t.call("POST", "/api/dev/token", { body: { role: "analyst" } }));
    expect(ok.token).toMatch(/^ey/);
  });
});
