import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answer, answerSchema } from "../../../functions/core/assessment.ts";
import { agreementOf, unexplainedConsolidation } from "../../../functions/core/evidence/agreement.ts";
import { answerFingerprint } from "../../../functions/core/evidence/fingerprint.ts";
import { publishedEvidence, type Review, reviewStates } from "../../../functions/core/evidence/reviews.ts";
import { verificationOf, verifiedAnswersOnly } from "../../../functions/core/evidence/verification.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { validateChanges } from "../../../functions/core/validate-changes.ts";
import { instrumentWithAnswersArb } from "../support/arbitraries.ts";
import { dimension, indicator, instrument } from "../support/instrument-builder.ts";

const review = (indicatorId: string, answer: Answer | undefined, verdict: Review["verdict"] = "verified"): Review => ({
  indicatorId,
  verdict,
  reviewer: "r",
  reviewedAt: "2026-01-01T00:00:00.000Z",
  answerFingerprint: answerFingerprint(answer),
});

describe("answer fingerprint", () => {
  it("ignores key order and undefined fields, and changes with any field", () => {
    const a: Answer = { level: 2, evidence: "documented", sources: [{ title: "t", url: "https://x.org" }] };
    const reordered = JSON.parse('{"sources":[{"url":"https://x.org","title":"t"}],"evidence":"documented","level":2}');
    expect(answerFingerprint(reordered)).toBe(answerFingerprint(a));
    expect(answerFingerprint({ ...a, note: undefined })).toBe(answerFingerprint(a));
    expect(answerFingerprint({ ...a, level: 3 })).not.toBe(answerFingerprint(a));
    expect(answerFingerprint({ ...a, sources: [{ title: "u" }] })).not.toBe(answerFingerprint(a));
    expect(answerFingerprint(undefined)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("answer sources", () => {
  const parse = (a: unknown) => answerSchema.safeParse(a);
  it("accepts web links and partial dates, refuses other schemes, long titles and a sixth source", () => {
    expect(parse({ level: 1, sources: [{ title: "t", url: "http://a.b/c?d", date: "2025" }] }).success).toBe(true);
    expect(parse({ level: 1, sources: [{ title: "t", url: "javascript:alert(1)" }] }).success).toBe(false);
    expect(parse({ level: 1, sources: [{ title: "t", url: "https:///x" }] }).success).toBe(false);
    expect(parse({ level: 1, sources: [{ title: "t", date: "March" }] }).success).toBe(false);
    expect(parse({ level: 1, sources: [{ title: "x".repeat(301) }] }).success).toBe(false);
    expect(parse({ level: 1, sources: Array(6).fill({ title: "t" }) }).success).toBe(false);
  });

  it("needs a source for a documented level of 2 or more only", () => {
    expect(parse({ level: 2, evidence: "documented" }).success).toBe(false);
    expect(parse({ level: 2, evidence: "documented", sources: [{ title: "t" }] }).success).toBe(true);
    expect(parse({ level: 1, evidence: "documented" }).success).toBe(true);
    expect(parse({ level: 3, evidence: "self-declared" }).success).toBe(true);
    expect(parse({ level: "unknown", evidence: "documented" }).success).toBe(true);
  });
});

const two = instrument({
  dimensions: [dimension("d", [indicator("a", 3), indicator("b", 1)])],
});

describe("reviews and verification", () => {
  it("refuses a self-set external grade", () => {
    const problems = validateChanges(two, { answers: { a: { level: 1, evidence: "externally-verified" }, b: null } });
    expect(problems).toEqual([{ field: "answers.a.evidence", message: "externally-verified results from a review" }]);
  });

  it("marks a verdict stale when its answer changed and publishes the external grade only for fresh verdicts", () => {
    const answers = { a: { level: 3 } as Answer, b: { level: 1, evidence: "documented" } as Answer };
    const states = reviewStates(answers, [review("a", answers.a), review("b", { level: 2 })]);
    expect(states.map((s) => s.stale)).toEqual([false, true]);
    expect(publishedEvidence(answers.a, true)).toBe("externally-verified");
    expect(publishedEvidence(answers.b, false)).toBe("documented");
    expect(publishedEvidence({ level: 1, evidence: "externally-verified" }, false)).toBe("self-declared");
  });

  it("weighs the verified share and scores the verified stage with unverified answers as unknown", () => {
    const answers = { a: { level: 3 } as Answer, b: { level: 3 } as Answer };
    const none = verificationOf(two, answers, {}, []);
    expect(none).toMatchObject({ verifiedShare: 0, claimedStage: scoreAssessment(two, answers, {}).overall.stage });
    const onlyA = verificationOf(two, answers, {}, [review("a", answers.a), review("b", answers.b, "disputed")]);
    expect(onlyA.verifiedShare).toBe(0.75);
    expect(onlyA.verifiedStage).toBe(scoreAssessment(two, { a: answers.a, b: { level: "unknown" } }, {}).overall.stage);
    expect(verificationOf(instrument({ dimensions: [] }), {}, {}, []).verifiedShare).toBe(0);
  });

  it("gives the claimed stage as verified stage when every answer is verified (property)", () => {
    fc.assert(
      fc.property(instrumentWithAnswersArb, ([inst, answers, profile]) => {
        const reviews = Object.entries(answers).map(([id, a]) => review(id, a));
        const v = verificationOf(inst, answers, profile, reviews);
        const all = inst.dimensions.every((d) => d.indicators.every((i) => answers[i.id] !== undefined));
        if (all) expect(v.verifiedShare).toBe(1);
        expect(v.verifiedStage).toBe(v.claimedStage);
        expect(verifiedAnswersOnly(answers, new Set())).toEqual(
          Object.fromEntries(Object.keys(answers).map((id) => [id, { level: "unknown" }])),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe("respondents' agreement", () => {
  it("counts levels only and measures the spread", () => {
    const agreement = agreementOf([
      { answers: { a: { level: 0 }, b: { level: "na", reason: "r" } } },
      { answers: { a: { level: 3 }, b: { level: 2 } } },
      { answers: { a: { level: 1 }, c: { level: "unknown" } } },
    ]);
    expect(agreement).toEqual({ a: { n: 3, min: 0, max: 3, spread: 3 }, b: { n: 1, min: 2, max: 2, spread: 0 } });
  });

  it("asks for a note only where respondents differ by 2 or more", () => {
    const agreement = { a: { n: 2, min: 0, max: 2, spread: 2 }, b: { n: 2, min: 1, max: 2, spread: 1 } };
    expect(unexplainedConsolidation({ a: null, b: { level: 1 } }, agreement)).toBeUndefined();
    expect(unexplainedConsolidation({ a: { level: 1, note: "  " } }, agreement)?.field).toBe("answers.a.note");
    expect(unexplainedConsolidation({ a: { level: 1, note: "why" } }, agreement)).toBeUndefined();
  });
});
