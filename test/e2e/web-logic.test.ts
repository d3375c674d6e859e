import { describe, expect, it } from "vitest";
import type { Instrument } from "../../web/src/api/types.ts";
import { readClaims } from "../../web/src/auth/jwt.ts";
import { parseRoute } from "../../web/src/router.ts";
import { firstUnanswered, progressOf, resumeSection, sameProfile } from "../../web/src/state/answers.ts";

/** Pure checks of web logic that needs no browser. */
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const jwt = (claims: object) => `${b64({ alg: "none" })}.${b64(claims)}.sig`;

const instrument = {
  dimensions: [
    { id: "d1", indicators: [{ id: "a" }, { id: "b" }] },
    { id: "d2", indicators: [{ id: "c" }] },
  ],
} as unknown as Instrument;

describe("web logic", () => {
  it("reads role and country from local and Cognito tokens", () => {
    expect(readClaims(jwt({ role: "official", country: "CAN", sub: "s" }))).toMatchObject({
      role: "official",
      country: "CAN",
    });
    const cognito = readClaims(jwt({ "cognito:groups": ["analyst"], "custom:country": "FRA", exp: 1 }));
    expect(cognito).toMatchObject({ role: "analyst", country: "FRA", exp: 1 });
    expect(readClaims("garbage").role).toBeNull();
  });

  it("computes progress and where to resume", () => {
    const answers = { a: { level: 1 as const }, b: { level: "na" as const, reason: "r" } };
    expect(progressOf(instrument, answers)).toEqual({
      done: 2,
      total: 3,
      byDimension: { d1: { done: 2, total: 2 }, d2: { done: 0, total: 1 } },
    });
    expect(firstUnanswered(instrument, answers)).toEqual({ dimensionId: "d2", indicatorId: "c" });
    expect(resumeSection(instrument, { answers: {}, profile: {} })).toBe("profile");
    expect(resumeSection(instrument, { answers, profile: {} })).toBe("d2");
    expect(resumeSection(instrument, { answers: { ...answers, c: { level: 0 } }, profile: {} })).toBe("review");
  });

  it("parses hash routes and compares profiles without regard to order", () => {
    expect(parseRoute("#/a/x%2Fy/q/d1")).toEqual(["a", "x/y", "q", "d1"]);
    expect(parseRoute("")).toEqual([]);
    expect(sameProfile({ q: ["a", "b"] }, { q: ["b", "a"], empty: [] })).toBe(true);
    expect(sameProfile({ q: ["a"] }, { q: ["b"] })).toBe(false);
  });
});
