import { describe, expect, it } from "vitest";
import type { Instrument } from "../../web/src/api/types.ts";
import { readClaims } from "../../web/src/auth/jwt.ts";
import { termsIn } from "../../web/src/glossary/matchers.ts";
import { parseRoute } from "../../web/src/router.ts";
import {
  firstUnanswered,
  nextUnanswered,
  progressOf,
  resumeSection,
  sameProfile,
} from "../../web/src/state/answers.ts";
import { belowFloor, countKinds, reviewItems } from "../../web/src/state/review.ts";

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

  it("finds the next unanswered indicator from a section on, wrapping round", () => {
    const answers = { a: { level: 1 as const } };
    expect(nextUnanswered(instrument, answers, "d1")).toEqual({ dimensionId: "d1", indicatorId: "b" });
    expect(nextUnanswered(instrument, answers, "d2")).toEqual({ dimensionId: "d2", indicatorId: "c" });
    expect(nextUnanswered(instrument, { ...answers, c: { level: 0 } }, "d2")).toEqual({
      dimensionId: "d1",
      indicatorId: "b",
    });
    expect(nextUnanswered(instrument, answers, "review")).toEqual({ dimensionId: "d1", indicatorId: "b" });
    const all = { a: { level: 1 as const }, b: { level: 2 as const }, c: { level: 0 as const } };
    expect(nextUnanswered(instrument, all, "d1")).toBeNull();
  });

  it("lists don't know, not applicable and unsourced levels above 0 for review, and tells the coverage floor", () => {
    const answers = {
      a: { level: "unknown" as const },
      b: { level: 2 as const, evidence: "self-declared" as const },
      c: { level: "na" as const, reason: "r" },
    };
    const items = reviewItems(instrument, answers);
    expect(items.map((i) => [i.indicatorId, i.kind])).toEqual([
      ["a", "unknown"],
      ["b", "unsourced"],
      ["c", "na"],
    ]);
    expect(countKinds(items)).toEqual({ unknown: 1, na: 1, unsourced: 1 });
    const sourced = { b: { level: 2 as const, sources: [{ title: "Order 12" }] }, c: { level: 0 as const } };
    expect(reviewItems(instrument, sourced)).toEqual([]);
    expect(belowFloor({ overall: { stage: 2, coverage: 0.8 } } as never)).toBe(false);
    expect(belowFloor({ overall: { stage: 2, coverage: 0.79 } } as never)).toBe(true);
    expect(belowFloor({ overall: { stage: null, coverage: 0.9 } } as never)).toBe(true);
  });

  it("finds glossary terms in English and French question text, acronyms only in capitals", () => {
    expect(termsIn(["Pledged in the PCRS within the UN 10-1-2 timelines"])).toEqual(["tenOneTwo", "pcrs"]);
    expect(termsIn(["Formation aux violences sexuelles liées aux conflits (CRSV)"])).toEqual(["crsv"]);
    expect(termsIn(["its staff and the sea"])).toEqual([]);
    expect(termsIn(["Units trained with the CPTM and STMs"])).toEqual(["cptm", "stm"]);
  });
});
