import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Answers, Profile } from "../../../functions/core/assessment.ts";
import { instruments } from "../../../functions/core/instrument/catalogue.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { scoreAssessment as scoreUnderFrozen10 } from "./method-1-0/score-report.ts";

// Method 1.0 as it was before the rewrite is kept verbatim in ./method-1-0 (test code only). Every live 1.0 report
// must stay byte-identical to it, so snapshots scored under 1.0 keep meaning what they said.
const answerOf: fc.Arbitrary<Answer | undefined> = fc.oneof(
  fc.constantFrom<Answer | undefined>(
    undefined,
    { level: 0 },
    { level: 1 },
    { level: 2 },
    { level: 3 },
    { level: "unknown" },
    { level: "na", reason: "not in our plans" },
  ),
  fc.constantFrom<Answer>({ level: 2 }, { level: 3 }),
);

function assessmentOf(instrument: Instrument): fc.Arbitrary<{ answers: Answers; profile: Profile }> {
  const ids = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
  const answers = fc.tuple(...ids.map(() => answerOf)).map((list) => {
    const out: Record<string, Answer> = {};
    list.forEach((answer, k) => {
      if (answer !== undefined) out[ids[k] ?? ""] = answer;
    });
    return out;
  });
  const profile = fc.record(
    Object.fromEntries(
      instrument.profile.map((q) => [
        q.id,
        q.kind === "single"
          ? fc.subarray(
              q.options.map((o) => o.id),
              { maxLength: 1 },
            )
          : fc.subarray(q.options.map((o) => o.id)),
      ]),
    ),
  );
  return fc.record({ answers, profile });
}

// Only versions published while 1.0 was the live method have 1.0 snapshots; 2026.2 came with 1.1 and uses fields
// (deployment caps) the frozen 1.0 code never knew.
const scoredUnder10 = instruments.filter((i) => `${i.id}@${i.version}` === "un-peace-ops-readiness@2026.1");

describe("golden: method 1.0 reports are unchanged by the rewrite", () => {
  it("covers the instrument versions published under method 1.0", () => {
    expect(scoredUnder10.length).toBe(1);
  });

  for (const instrument of scoredUnder10) {
    it(`${instrument.id}@${instrument.version}: 400 seeded assessments score byte-identically`, () => {
      const samples = fc.sample(assessmentOf(instrument), { seed: 20261129, numRuns: 400 });
      for (const { answers, profile } of samples) {
        const live = JSON.stringify(scoreAssessment(instrument, answers, profile, { method: "1.0.0" }));
        expect(live).toBe(JSON.stringify(scoreUnderFrozen10(instrument, answers, profile)));
      }
    });
  }
});
