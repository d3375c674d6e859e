import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { negotiateLanguage } from "../../functions/http/language.ts";
import { publishViaApi, uniformAnswers } from "../support/publishing.ts";
import { INSTRUMENT, startTestApp, type TestApp } from "../support/test-app.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed structurally in assertions
type Json = Record<string, any>;

let t: TestApp;
const path = `/api/instruments/${INSTRUMENT.instrumentId}/versions/${INSTRUMENT.instrumentVersion}`;
const get = async (url: string, headers: Record<string, string> = {}, token?: string) => {
  const res = await t.call("GET", url, { headers, token });
  return { res, body: (await res.json()) as Json };
};

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("instrument in French", () => {
  it("?lang=fr returns every text with its French and says lang", async () => {
    const { res, body } = await get(`${path}?lang=fr`);
    expect(res.status).toBe(200);
    expect(body.lang).toBe("fr");
    expect(res.headers.get("content-language")).toBe("fr");
    expect(res.headers.get("vary")).toMatch(/Accept-Language/i);
    expect(body.title).toEqual({
      en: "Readiness to re-engage in UN peace operations",
      fr: "Préparation au retour dans les opérations de paix des Nations Unies",
    });
    const indicator = body.dimensions[0].indicators[0];
    expect(indicator.levels.every((l: Json) => l.fr && l.fr !== l.en)).toBe(true);
    expect(body.recommendations.every((r: Json) => r.rationale.fr && r.owner.fr && r.action.fr)).toBe(true);
    expect(body.profile.every((q: Json) => q.text.fr && q.options.every((o: Json) => o.label.fr))).toBe(true);
  });

  it("Accept-Language: fr does the same; English stays the default", async () => {
    const fr = await get(path, { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" });
    expect(fr.body.lang).toBe("fr");
    expect(fr.body.dimensions[1].title.fr).toBe("Capacité d’adaptation");
    const en = await get(path);
    expect(en.body.lang).toBe("en");
    expect(en.body.dimensions[1].title).toEqual({ en: "Adaptive capacity" });
    const explicit = await get(`${path}?lang=en`, { "Accept-Language": "fr" });
    expect(explicit.body.lang).toBe("en");
  });

  it("names the UN member states in French with ?lang=fr or Accept-Language: fr", async () => {
    const byQuery = await get("/api/countries?lang=fr");
    expect(byQuery.body.lang).toBe("fr");
    expect(byQuery.res.headers.get("content-language")).toBe("fr");
    expect(byQuery.res.headers.get("vary")).toMatch(/Accept-Language/i);
    expect(byQuery.body.items).toHaveLength(193);
    expect(byQuery.body.items).toContainEqual({ code: "NOR", name: "Norvège", group: "western-european-others" });
    const byHeader = await get("/api/countries", { "Accept-Language": "fr-CA,fr;q=0.9" });
    expect(byHeader.body).toEqual(byQuery.body);
    const en = await get("/api/countries?lang=en", { "Accept-Language": "fr" });
    expect(en.body.lang).toBe("en");
    expect(en.body.items).toContainEqual({ code: "NOR", name: "Norway", group: "western-european-others" });
    const bad = await get("/api/countries?lang=de");
    expect(bad.res.status).toBe(400);
    expect(bad.body.error.details.field).toBe("query.lang");
  });

  it("lists instruments with French titles", async () => {
    const { body } = await get("/api/instruments?lang=fr");
    expect(body.lang).toBe("fr");
    expect(body.items[0].title.fr).toMatch(/opérations de paix/);
  });

  it("refuses an unsupported lang with a 400 naming the field", async () => {
    const { res, body } = await get(`${path}?lang=de`);
    expect(res.status).toBe(400);
    expect(body.error.details.field).toBe("query.lang");
  });
});

describe("error messages in the caller's language", () => {
  it("keeps the code and translates the message", async () => {
    const en = await get("/api/instruments/nope/versions/1");
    const fr = await get("/api/instruments/nope/versions/1?lang=fr");
    expect(en.body.error).toEqual({ code: "not_found", message: "instrument version not found" });
    expect(fr.body.error).toEqual({ code: "not_found", message: "Version de questionnaire introuvable" });
    const unauth = await get("/api/assessments", { "Accept-Language": "fr" });
    expect(unauth.res.status).toBe(401);
    expect(unauth.body.error.code).toBe("unauthenticated");
    expect(unauth.body.error.message).toBe("Un jeton d’accès (bearer) valide est requis");
  });

  it("translates validation failures, our own reasons and zod's", async () => {
    const token = await t.token("official", "CAN");
    const create = (body: unknown) =>
      t.call("POST", "/api/assessments", { token, body, headers: { "Accept-Language": "fr" } });
    const notMember = (await (await create({ ...INSTRUMENT, country: "XXX", cycle: 2026 })).json()) as Json;
    expect(notMember.error.code).toBe("forbidden");
    const badType = (await (await create({ ...INSTRUMENT, country: "CAN", cycle: "2026" })).json()) as Json;
    expect(badType.error.code).toBe("invalid_request");
    expect(badType.error.details.field).toBe("body.cycle");
    expect(badType.error.message).toMatch(/^body\.cycle : .*nombre/);
    expect(badType.error.message).toMatch(/chaîne/);
    const route = await get("/api/nowhere?lang=fr");
    expect(route.body.error.message).toBe("Aucune route pour GET /api/nowhere");
  });
});

describe("reports in French", () => {
  it("writes why and red flags in the caller's language; the stored snapshot stays English", async () => {
    const snapshot = await publishViaApi(t, "NOR", 2026, uniformAnswers(0), "private");
    const token = await t.token("official", "NOR");
    const score = async (lang: string) => {
      const res = await t.call("GET", `/api/assessments/${snapshot.assessmentId}/score?lang=${lang}`, { token });
      return (await res.json()) as Json;
    };
    const [en, fr] = [await score("en"), await score("fr")];
    expect(fr.recommendations.map((r: Json) => r.id)).toEqual(en.recommendations.map((r: Json) => r.id));
    expect(en.recommendations[0].why).toMatch(/is at level 0, your target is/);
    expect(fr.recommendations[0].why).toMatch(/^« .+ » est au niveau 0, votre cible est \d/);
    expect(fr.redFlags.length).toBeGreaterThan(0);
    expect(fr.redFlags.every((f: Json) => f.message.fr && f.message.en)).toBe(true);
    const stored = (await (await t.call("GET", `/api/snapshots/${snapshot.id}`, { token })).json()) as Json;
    expect(stored.score.recommendations[0].why).toBe(snapshot.score.recommendations[0]?.why);
    const french = await t.call("GET", `/api/snapshots/${snapshot.id}`, {
      token,
      headers: { "Accept-Language": "fr" },
    });
    expect(((await french.json()) as Json).score.recommendations[0].why).toMatch(/votre cible/);
  });
});

describe("codebook in French", () => {
  it("serves the codebook in the caller's language", async () => {
    const token = await t.token("analyst");
    const en = await get("/api/exports/codebook.json", {}, token);
    const fr = await get("/api/exports/codebook.json", { "Accept-Language": "fr" }, token);
    expect(en.body.lang).toBe("en");
    expect(fr.body.lang).toBe("fr");
    expect(fr.res.headers.get("content-language")).toBe("fr");
    expect(fr.body.columns.map((c: Json) => c.name)).toEqual(en.body.columns.map((c: Json) => c.name));
    expect(fr.body.columns[0].description).toBe("Code ISO 3166-1 alpha-3");
  });
});

describe("language negotiation", () => {
  it("picks the best supported language by q-value, English otherwise", () => {
    expect(negotiateLanguage(undefined)).toBe("en");
    expect(negotiateLanguage("de-DE, fr;q=0.4, en;q=0.3")).toBe("fr");
    expect(negotiateLanguage("en;q=0.9, fr")).toBe("fr");
    expect(negotiateLanguage("fr;q=0, en-GB")).toBe("en");
    expect(negotiateLanguage("de, es;q=0.5")).toBe("en");
    expect(negotiateLanguage("fr;q=abc")).toBe("en");
  });
});
