import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessment, json, startTestApp, type TestApp } from "../../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const respondent = async (subject: string, country = "CAN") =>
  (await t.keys.mint({ subject, role: "official", country })).token;
const mine = (id: string) => `/api/assessments/${id}/responses/mine`;

function save(id: string, token: string, headers: Record<string, string>, body: unknown) {
  return t.call("PATCH", mine(id), { token, headers, body });
}

describe("respondents", () => {
  it("saves each official's own answers under their own ETag, with 428 and 409 as for assessments", async () => {
    const id = await createAssessment(t, "CAN", 2030);
    const alice = await respondent("alice");
    expect((await t.call("GET", mine(id), { token: alice })).status).toBe(404);
    const body = { institution: "defence", answers: { "casualty-risk-policy": { level: 1 } } };
    expect((await save(id, alice, {}, body)).status).toBe(428);

    const first = await save(id, alice, { "if-none-match": "*" }, body);
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('"1"');
    expect((await save(id, alice, { "if-none-match": "*" }, body)).status).toBe(409);

    const second = await save(id, alice, { "if-match": '"1"' }, { answers: { "national-caveats": { level: 3 } } });
    expect(second.headers.get("etag")).toBe('"2"');
    expect((await json(second)).answers).toEqual({
      "casualty-risk-policy": { level: 1 },
      "national-caveats": { level: 3 },
    });
    const stale = await save(id, alice, { "if-match": '"1"' }, { answers: { "national-caveats": { level: 0 } } });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.details.current.version).toBe(2);

    const read = await t.call("GET", mine(id), { token: alice });
    expect(read.headers.get("etag")).toBe('"2"');
    expect((await json(read)).institution).toBe("defence");
    const assessment = await json(await t.call("GET", `/api/assessments/${id}`, { token: alice }));
    expect(assessment).toMatchObject({ version: 1, answers: {} });
  });

  it("lists every respondent with per-indicator agreement, and needs a note to consolidate a 2-level split", async () => {
    const id = await createAssessment(t, "CAN", 2031);
    const levels = { bob: 0, carol: 2, dan: 3 } as const;
    for (const [who, level] of Object.entries(levels)) {
      const res = await save(
        id,
        await respondent(who),
        { "if-none-match": "*" },
        {
          institution: who === "bob" ? "finance" : "defence",
          answers: { "casualty-risk-policy": { level }, "national-caveats": { level: 1 } },
        },
      );
      expect(res.status).toBe(200);
    }
    const dan = await respondent("dan");
    const all = await json(await t.call("GET", `/api/assessments/${id}/responses`, { token: dan }));
    expect(all.items).toHaveLength(3);
    expect(all.agreement["casualty-risk-policy"]).toEqual({ n: 3, min: 0, max: 3, spread: 3 });
    expect(all.agreement["national-caveats"]).toEqual({ n: 3, min: 1, max: 1, spread: 0 });

    const noNote = await t.call("PATCH", `/api/assessments/${id}`, {
      token: dan,
      headers: { "if-match": '"1"' },
      body: { answers: { "casualty-risk-policy": { level: 2 }, "national-caveats": { level: 1 } } },
    });
    expect(noNote.status).toBe(400);
    expect((await json(noNote)).error.details.field).toBe("answers.casualty-risk-policy.note");
    const withNote = await t.call("PATCH", `/api/assessments/${id}`, {
      token: dan,
      headers: { "if-match": '"1"' },
      body: { answers: { "casualty-risk-policy": { level: 2, note: "Finance lacks the decree" } } },
    });
    expect(withNote.status).toBe(200);
  });

  it("loses nothing when 20 respondents save at once, and never touches the consolidated answers", async () => {
    const id = await createAssessment(t, "CAN", 2032);
    const saves = await Promise.all(
      Array.from({ length: 20 }, async (_, i) =>
        save(
          id,
          await respondent(`r${i}`),
          { "if-none-match": "*" },
          {
            answers: { "casualty-risk-policy": { level: i % 4 }, "national-caveats": { level: (i + 1) % 4 } },
          },
        ),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual(Array(20).fill(200));
    const official = await respondent("r0");
    const all = await json(await t.call("GET", `/api/assessments/${id}/responses`, { token: official }));
    expect(all.items).toHaveLength(20);
    expect(all.agreement["casualty-risk-policy"]).toEqual({ n: 20, min: 0, max: 3, spread: 3 });
    for (const item of all.items) {
      const i = Number(item.respondent.slice(1));
      expect(item.answers["casualty-risk-policy"]).toEqual({ level: i % 4 });
    }
    expect(await json(await t.call("GET", `/api/assessments/${id}`, { token: official }))).toMatchObject({
      version: 1,
      answers: {},
    });
  });

  it("refuses bad responses with the field named and saves nothing", async () => {
    const id = await createAssessment(t, "CAN", 2033);
    const erin = await respondent("erin");
    const cases: [unknown, string][] = [
      [{ institution: "navy", answers: {} }, "body.institution"],
      [{ answers: { "no-such": { level: 1 } } }, "answers.no-such"],
      [
        { answers: { "casualty-risk-policy": { level: 1, sources: [{ title: "x", url: "data:," }] } } },
        "body.answers.casualty-risk-policy.sources.0.url",
      ],
    ];
    for (const [body, field] of cases) {
      const res = await save(id, erin, { "if-none-match": "*" }, body);
      expect(res.status).toBe(400);
      expect((await json(res)).error.details.field).toBe(field);
    }
    expect((await t.call("GET", mine(id), { token: erin })).status).toBe(404);
  });

  it("closes responses once the assessment is submitted", async () => {
    const id = await createAssessment(t, "CAN", 2034);
    const fay = await respondent("fay");
    await t.call("POST", `/api/assessments/${id}/submit`, {
      token: fay,
      headers: { "idempotency-key": "s1" },
      body: {},
    });
    const res = await save(id, fay, { "if-none-match": "*" }, { answers: { "national-caveats": { level: 1 } } });
    expect(res.status).toBe(422);
    expect((await json(res)).error.details.field).toBe("status");
    expect((await t.call("GET", mine(id), { token: fay })).status).toBe(404);
  });

  it("keeps respondents to their own response and country", async () => {
    const id = await createAssessment(t, "CAN", 2035);
    const gus = await respondent("gus");
    const hal = await respondent("hal");
    await save(id, gus, { "if-none-match": "*" }, { answers: { "national-caveats": { level: 2 } } });
    // hal's "mine" is hal's own: hal's first save creates hal's response and leaves gus's as it was.
    await save(id, hal, { "if-none-match": "*" }, { answers: { "national-caveats": { level: 0 } } });
    expect((await json(await t.call("GET", mine(id), { token: gus }))).answers).toEqual({
      "national-caveats": { level: 2 },
    });
    const norway = await respondent("ola", "NOR");
    expect((await save(id, norway, { "if-none-match": "*" }, { answers: {} })).status).toBe(404);
    expect((await t.call("GET", `/api/assessments/${id}/responses`, { token: norway })).status).toBe(404);
  });
});
