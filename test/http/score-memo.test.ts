import { describe, expect, it } from "vitest";
import type { Assessment } from "../../functions/core/assessment.ts";
import { answerFingerprint } from "../../functions/core/evidence/fingerprint.ts";
import { withVerification } from "../../functions/core/evidence/verification.ts";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { scoreAssessment } from "../../functions/core/scoring/score-report.ts";
import { scoreMemo } from "../../functions/http/score-memo.ts";
import { INSTRUMENT } from "../support/test-app.ts";

const instrument = findInstrument(INSTRUMENT.instrumentId, INSTRUMENT.instrumentVersion)!;
const [first, second] = instrument.dimensions[0]!.indicators.map((i) => i.id);

function assessment(id: string, version: number, level: 0 | 1 | 2 | 3): Assessment {
  return {
    id,
    country: "NLD",
    cycle: 2026,
    ...INSTRUMENT,
    status: "draft",
    version,
    answers: { [first!]: { level }, [second!]: { level: 3 } },
    profile: {},
    visibility: "private",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

const fresh = (a: Assessment) =>
  JSON.stringify(
    withVerification(scoreAssessment(instrument, a.answers, a.profile), instrument, a.answers, a.profile, []),
  );

describe("score memo", () => {
  it("returns the report of the version asked for, computing each version once", () => {
    const memo = scoreMemo();
    const v1 = assessment("a", 1, 0);
    const v2 = assessment("a", 2, 3);
    const once = memo(v1);
    expect(once).toBe(fresh(v1));
    expect(memo(v1)).toBe(once);
    expect(memo(v2)).toBe(fresh(v2));
    expect(memo(v2)).not.toBe(once);
    expect(memo(assessment("b", 1, 3))).toBe(fresh(v2));
  });

  it("keys reports on the verdicts too, so a new verdict is never served an old report", () => {
    const memo = scoreMemo();
    const a = assessment("c", 1, 3);
    const verdict = {
      indicatorId: first!,
      verdict: "verified" as const,
      reviewer: "r",
      reviewedAt: "2026-01-02T00:00:00.000Z",
      answerFingerprint: answerFingerprint(a.answers[first!]),
    };
    const before = JSON.parse(memo(a));
    const after = JSON.parse(memo(a, [verdict]));
    expect(before.overall.verifiedShare).toBe(0);
    expect(after.overall.verifiedShare).toBeGreaterThan(0);
  });

  it("forgets the least recently used report beyond its bound", () => {
    const computed: string[] = [];
    const memo = scoreMemo(2, (a) => {
      computed.push(a.id);
      return a.id;
    });
    const [a, b, c] = ["a", "b", "c"].map((id) => assessment(id, 1, 1)) as [Assessment, Assessment, Assessment];
    for (const x of [a, b, a, c, a, b]) memo(x);
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });
});
