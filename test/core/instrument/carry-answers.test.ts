import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../../functions/core/assessment.ts";
import { carryAnswers } from "../../../functions/core/instrument/carry-answers.ts";
import { unPeaceOpsReadiness2026_1 as v1 } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import { unPeaceOpsReadiness2026_2 as v2 } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-2.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { freshInstrument } from "./helpers.ts";

const ids = (i: Instrument) => i.dimensions.flatMap((d) => d.indicators.map((x) => x.id));
const v2Indicators = v2.dimensions.flatMap((d) => d.indicators);
const answerArb = fc.oneof(
  fc.constantFrom<Answer>({ level: 0 }, { level: 1 }, { level: 2 }, { level: 3 }, { level: "unknown" }),
  fc.constant<Answer>({ level: "na", reason: "not deployed" }),
);

describe("carryAnswers from 2026.1 into 2026.2", () => {
  it("carries every mapped answer and lists every other 2026.2 indicator with its reason", () => {
    const answers = Object.fromEntries(ids(v1).map((id) => [id, { level: 2, evidence: "documented" } as Answer]));
    const result = carryAnswers(v1, answers, {}, v2);
    const carried = result.carried.map((c) => c.indicatorId);
    const listed = result.toReanswer.map((r) => r.indicatorId);
    expect([...carried, ...listed].sort()).toEqual(ids(v2).sort());
    expect(carried.filter((id) => listed.includes(id))).toEqual([]);
    for (const i of v2Indicators.filter((x) => x.replaces && x.carryRule !== "re-answer")) {
      expect(result.answers[i.id], i.id).toEqual({ level: 2, evidence: "documented" });
    }
    expect(result.toReanswer).toEqual(
      expect.arrayContaining([
        { indicatorId: "political-mandate", reason: "re-scoped" },
        { indicatorId: "force-generation-channels", reason: "re-scoped" },
        { indicatorId: "national-decision-speed", reason: "re-scoped" },
        { indicatorId: "conduct-discipline", reason: "new" },
      ]),
    );
    expect(result.toReanswer.filter((r) => r.reason === "new").length).toBe(
      v2Indicators.filter((i) => !i.replaces).length,
    );
  });

  it("holds for any answers: a carried answer is the replaced answer, and nothing is both carried and listed", () => {
    const answersArb = fc.dictionary(fc.constantFrom(...ids(v1)), answerArb);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = carryAnswers(v1, answers, {}, v2);
        expect(result.carried.length + result.toReanswer.length).toBe(v2Indicators.length);
        for (const { indicatorId, from } of result.carried) {
          expect(result.answers[indicatorId]).toEqual(answers[from[0] as string]);
          if (result.answers[indicatorId]?.level === "na") {
            expect(v2Indicators.find((i) => i.id === indicatorId)?.naAllowed).toBe(true);
          }
        }
        for (const { indicatorId, reason } of result.toReanswer) {
          const source = v2Indicators.find((i) => i.id === indicatorId)?.replaces?.[0];
          if (reason === "unanswered") expect(answers[source as string]).toBeUndefined();
          if (reason === "na-not-allowed") expect(answers[source as string]?.level).toBe("na");
        }
      }),
    );
  });

  it("carries the profile choices the new version still offers", () => {
    const profile = { "target-readiness": ["high"], "contribution-type": ["police", "gone"], unknown: ["x"] };
    expect(carryAnswers(v1, {}, profile, v2).profile).toEqual({
      "target-readiness": ["high"],
      "contribution-type": ["police"],
    });
  });
});

describe("carryAnswers within one version (the next cycle)", () => {
  it("carries every answer, re-claims verified ones, and lists the unanswered", () => {
    const [first, second, third] = ids(v1) as [string, string, string];
    const answers: Record<string, Answer> = {
      [first]: { level: 3, evidence: "externally-verified" },
      [second]: { level: "na", reason: "none" },
    };
    const withSources = { level: 2, evidence: "externally-verified", sources: [{ title: "Act" }] } as Answer;
    const result = carryAnswers(v1, { ...answers, [third]: withSources }, { regions: ["europe-asia", "americas"] }, v1);
    expect(result.answers[first]).toEqual({ level: 3, evidence: "self-declared" });
    expect(result.answers[third]).toMatchObject({ evidence: "documented" });
    expect(result.toReanswer).toContainEqual({ indicatorId: second, reason: "na-not-allowed" });
    expect(result.toReanswer.filter((r) => r.reason === "unanswered")).toHaveLength(ids(v1).length - 3);
    expect(result.profile).toEqual({ regions: ["europe-asia", "americas"] });
  });

  it("keeps only the first choice of a single-choice question", () => {
    expect(carryAnswers(v1, {}, { "target-readiness": ["high", "initial"] }, v1).profile).toEqual({
      "target-readiness": ["high"],
    });
  });
});

describe("carry rules", () => {
  const target = freshInstrument();
  target.version = "2026.9";
  const merged = target.dimensions[1]!.indicators[0]!;
  merged.replaces = ["lessons-learned-system", "after-action-doctrine"];
  merged.carryRule = "lowest-level";
  const allowsNa = target.dimensions[1]!.indicators[1]!;
  allowsNa.replaces = ["civilian-rosters"];
  allowsNa.naAllowed = true;
  const conditional = target.dimensions[1]!.indicators[2]!;
  conditional.replaces = ["lessons-learned-system"];
  conditional.naAllowed = true;
  conditional.naWhen = {
    any: [
      { profile: "contribution-type", excludes: "police" },
      { all: [{ profile: "regions", includes: "americas" }] },
    ],
  };

  it("takes the lowest level of several replaced indicators, and lists them when one is not a level", () => {
    const low = carryAnswers(
      v1,
      { "lessons-learned-system": { level: 3 }, "after-action-doctrine": { level: 1 } },
      {},
      target,
    );
    expect(low.answers[merged.id]).toEqual({ level: 1 });
    const mixed = carryAnswers(
      v1,
      { "lessons-learned-system": { level: 3 }, "after-action-doctrine": { level: "unknown" } },
      {},
      target,
    );
    expect(mixed.toReanswer).toContainEqual({ indicatorId: merged.id, reason: "levels-differ" });
  });

  it("carries na where the new indicator allows it", () => {
    const result = carryAnswers(v1, { "civilian-rosters": { level: "na", reason: "no civilians" } }, {}, target);
    expect(result.answers[allowsNa.id]).toEqual({ level: "na", reason: "no civilians" });
  });

  it("carries na only when the new indicator's condition holds under the carried profile", () => {
    const na = { "lessons-learned-system": { level: "na", reason: "none" } as Answer };
    const police = { "contribution-type": ["police"] };
    expect(carryAnswers(v1, na, {}, target).answers[conditional.id]?.level).toBe("na");
    expect(carryAnswers(v1, na, police, target).toReanswer).toContainEqual({
      indicatorId: conditional.id,
      reason: "na-not-allowed",
    });
    expect(carryAnswers(v1, na, { ...police, regions: ["americas"] }, target).answers[conditional.id]?.level).toBe(
      "na",
    );
  });
});
