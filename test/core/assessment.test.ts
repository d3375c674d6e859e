import { describe, expect, it } from "vitest";
import { answerSchema } from "../../functions/core/assessment.ts";

describe("answerSchema", () => {
  it.each([
    [{ level: 0 }, true],
    [{ level: 3, evidence: "externally-verified", note: "MoD directive 12/2025" }, true],
    [{ level: "unknown" }, true],
    [{ level: "na", reason: "We do not deploy police" }, true],
    [{ level: "na" }, false],
    [{ level: "na", reason: "   " }, false],
    [{ level: 4 }, false],
    [{ level: 1, evidence: "rumour" }, false],
    [{ level: 1, extra: true }, false],
  ])("%j valid: %s", (answer, valid) => {
    expect(answerSchema.safeParse(answer).success).toBe(valid);
  });
});
