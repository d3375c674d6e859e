import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment, json, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let official: string;
let id: string;
beforeAll(async () => {
  t = await startTestApp();
  official = await t.token("official", "NOR");
  id = await createAssessment(t, "NOR");
});
afterAll(() => t.close());

const current = async () => json(await t.call("GET", `/api/assessments/${id}`, { token: official }));
const patch = async (body: string | object, version: number) =>
  t.call("PATCH", `/api/assessments/${id}`, { token: official, headers: { "if-match": `"${version}"` }, body });

describe("forged pagination tokens", () => {
  const forged = (key: object) => Buffer.from(JSON.stringify(key)).toString("base64url");
  it.each([
    ["a key with the right partition only", { gsi2pk: "ASSESSMENTS" }],
    ["a key with the right partition and no table key", { gsi2pk: "ASSESSMENTS", gsi2sk: "2026#x" }],
    ["a key with extra attributes", { gsi2pk: "ASSESSMENTS", gsi2sk: "2026#x", pk: "a", sk: "b", more: "c" }],
    ["an empty object", {}],
    ["an array", ["ASSESSMENTS"]],
    ["garbage", "not-base64-json"],
  ])("answer 400 naming nextToken for %s", async (_name, key) => {
    const token = typeof key === "string" ? key : forged(key);
    const admin = await t.token("admin");
    for (const path of [
      `/api/assessments?nextToken=${token}`,
      `/api/assessments?country=NOR&nextToken=${token.replaceAll("ASSESSMENTS", "COUNTRY#NOR")}`,
      `/api/assessments/${id}/snapshots?nextToken=${token}`,
      `/api/assessments/${id}/visibility-log?nextToken=${token}`,
    ]) {
      const res = await t.call("GET", path, { token: admin });
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(400);
      expect((await json(res)).error.details.field).toBe("nextToken");
    }
  });
});

describe("prototype keys in answers and profile", () => {
  it.each([
    ["answers", "__proto__", '{"level":1}'],
    ["answers", "constructor", '{"level":1}'],
    ["answers", "prototype", '{"level":1}'],
    ["profile", "__proto__", '["x"]'],
    ["profile", "constructor", '["x"]'],
  ])("refuse %s.%s with a 4xx, saving nothing", async (where, key, value) => {
    const before = await current();
    const res = await patch(`{"${where}":{"${key}":${value}}}`, before.version);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await json(res)).error.details.field).toBe(`body.${where}.${key}`);
    expect(await current()).toEqual(before);
  });
});

describe("a PATCH that changes nothing", () => {
  it("keeps the version and ETag", async () => {
    const sources = [{ title: "Casualty risk directive" }];
    const first = await patch(
      { answers: { "casualty-risk-policy": { level: 2, evidence: "documented", sources } } },
      1,
    );
    expect(first.status).toBe(200);
    const saved = await json(first);
    for (const body of [
      { answers: { "casualty-risk-policy": { sources, evidence: "documented", level: 2 } } },
      { answers: { "national-caveats": null } },
      { answers: {}, profile: {} },
    ]) {
      const again = await patch(body, saved.version);
      expect(again.status).toBe(200);
      expect(again.headers.get("etag")).toBe(`"${saved.version}"`);
      expect(await json(again)).toEqual(saved);
    }
    expect((await current()).version).toBe(saved.version);
  });
});

describe("control characters and lone surrogates", () => {
  it.each([
    ["answers.casualty-risk-policy.note", { answers: { "casualty-risk-policy": { level: 1, note: "a\u0000b" } } }],
    ["answers.casualty-risk-policy.note", { answers: { "casualty-risk-policy": { level: 1, note: "bell\u0007" } } }],
    ["answers.casualty-risk-policy.note", { answers: { "casualty-risk-policy": { level: 1, note: "x\ud800y" } } }],
    [
      "answers.casualty-risk-policy.reason",
      { answers: { "casualty-risk-policy": { level: "na", reason: "\u001b[31m" } } },
    ],
    ["answers.casualty-risk-policy.note", { answers: { "casualty-risk-policy": { level: 1, note: "del\u007f" } } }],
  ])("refuse %s", async (field, body) => {
    const before = await current();
    const res = await patch(JSON.stringify(body), before.version);
    expect(res.status).toBe(400);
    expect((await json(res)).error.details.field).toBe(`body.${field}`);
    expect(await current()).toEqual(before);
  });

  it("keep tabs and newlines in notes, and any well-formed Unicode", async () => {
    const before = await current();
    const note = "line one\n\tline two — 😀 é";
    const res = await patch({ answers: { "casualty-risk-policy": { level: 1, note } } }, before.version);
    expect(res.status).toBe(200);
    expect((await json(res)).answers["casualty-risk-policy"].note).toBe(note);
  });

  it("refuse a control character in a submit note", async () => {
    const res = await t.call("POST", `/api/assessments/${id}/submit`, {
      token: official,
      headers: { "idempotency-key": "ctl-1" },
      body: { note: "x\u0008" },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.details.field).toBe("body.note");
  });
});
