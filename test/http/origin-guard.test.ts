import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORIGIN_HEADER } from "../../functions/http/origin-guard.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const SECRET = "0f6c2a1e-5b7d-4c39-9e2a-7d1b3c5e8f90";
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ originSecret: SECRET });
});
afterAll(() => t.close());

describe("origin guard (the API answers only what came through CloudFront)", () => {
  it("refuses requests without the origin header, public routes included, and never says which header", async () => {
    for (const path of ["/api/health", "/api/instruments", "/api/assessments"]) {
      const res = await t.call("GET", path, { token: await t.token("admin") });
      expect(res.status).toBe(403);
      const body = await res.text();
      expect(body).not.toContain(ORIGIN_HEADER);
      expect(JSON.parse(body)).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it("refuses a wrong secret, also one that shares its prefix or differs in length", async () => {
    for (const guess of [SECRET.slice(0, -1), `${SECRET}0`, SECRET.toUpperCase(), ""]) {
      const res = await t.call("GET", "/api/health", { headers: { [ORIGIN_HEADER]: guess } });
      expect(res.status, guess).toBe(403);
    }
  });

  it("serves requests that carry it, with the usual authorization after it", async () => {
    const headers = { [ORIGIN_HEADER]: SECRET };
    expect((await t.call("GET", "/api/health", { headers })).status).toBe(200);
    expect((await t.call("GET", "/api/assessments", { headers })).status).toBe(401);
    const official = await t.token("official", "CAN");
    expect((await t.call("GET", "/api/assessments", { headers, token: official })).status).toBe(200);
  });
});
