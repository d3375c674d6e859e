import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EARLY_REQUESTS_SCRIPT_HASH } from "../../functions/contract/deployment-contract.ts";

const source = readFileSync(new URL("../../web/early-requests.js", import.meta.url), "utf8");
const INSTRUMENT = "/api/instruments/un-peace-ops-readiness/versions/2026.2?lang=fr";

interface Started {
  path: string;
  headers: Record<string, string>;
  cache: string;
}

/** Runs the inline script as a page would, with this storage and address; returns what it asked for. */
function run(storage: Record<string, string>, hash: string, language = "en-GB") {
  const started: Started[] = [];
  const window: { __reengageEarly?: { lang: string; responses: Record<string, unknown> } } = {};
  runInNewContext(source, {
    window,
    localStorage: { getItem: (key: string) => storage[key] ?? null },
    location: { hash },
    navigator: { language },
    document: { currentScript: { dataset: { instrument: INSTRUMENT } } },
    fetch: (path: string, init: { headers: Record<string, string>; cache: string }) => {
      started.push({ path, headers: init.headers, cache: init.cache });
      return Promise.resolve({ ok: true });
    },
  });
  return { started, early: window.__reengageEarly };
}

const session = (role: string, expiresInMs = 3_600_000) =>
  JSON.stringify({ mode: "local", token: "t0k3n", expiresAt: Date.now() + expiresInMs, role, country: "CAN" });

describe("the page's early requests (web/early-requests.js)", () => {
  it("asks for a questionnaire's assessment, the caller's response and the newest instrument", () => {
    const { started, early } = run({ "reengage.session": session("official") }, "#/a/abc-1/q/risk-tolerance");
    expect(started.map((s) => s.path)).toEqual([
      "/api/assessments/abc-1",
      "/api/assessments/abc-1/responses/mine",
      INSTRUMENT,
    ]);
    expect(started[0]?.headers).toEqual({
      Accept: "application/json",
      "Accept-Language": "en",
      Authorization: "Bearer t0k3n",
    });
    expect(started[0]?.cache).toBe("no-store");
    expect(started[2]?.headers.Authorization).toBeUndefined();
    expect(Object.keys(early?.responses ?? {})).toEqual(started.map((s) => s.path));
  });

  it("asks in the language chosen on this device, else the browser's", () => {
    const chosen = run({ "reengage.session": session("admin"), "reengage.lang": "fr" }, "#/a/x");
    expect(chosen.early?.lang).toBe("fr");
    expect(run({ "reengage.session": session("official") }, "#/a/x", "fr-CA").early?.lang).toBe("fr");
  });

  it("asks for nothing away from a questionnaire, for other roles, or with a token about to expire", () => {
    const official = session("official");
    expect(run({ "reengage.session": official }, "#/a/x/results").started).toEqual([]);
    expect(run({ "reengage.session": official }, "#/analyst").started).toEqual([]);
    expect(run({ "reengage.session": session("analyst") }, "#/a/x/q/profile").started).toEqual([]);
    expect(run({ "reengage.session": session("official", 30_000) }, "#/a/x").started).toEqual([]);
    expect(run({}, "#/a/x").started).toEqual([]);
    expect(run({ "reengage.session": "{not json" }, "#/a/x").early).toBeUndefined();
  });

  it("is allowed by the Content-Security-Policy through its exact hash", () => {
    const hash = createHash("sha256").update(source).digest("base64");
    expect(EARLY_REQUESTS_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
  });
});
