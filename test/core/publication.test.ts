import { describe, expect, it } from "vitest";
import type { Visibility } from "../../functions/core/assessment.ts";
import { publicationOf, publishedRow, restrictVisibility, sameRelease } from "../../functions/core/publication.ts";
import { computeCohortStats } from "../../functions/core/statistics/cohort-stats.ts";
import { fiveCountries, instrument } from "./statistics/fixtures.ts";
import { publication, snapshot } from "./statistics/publication-fixtures.ts";

describe("restrictVisibility", () => {
  it.each<[Visibility, Visibility | undefined, Visibility]>([
    ["public", undefined, "public"],
    ["public", "pooled", "pooled"],
    ["public", "private", "private"],
    ["pooled", "public", "pooled"],
    ["private", "public", "private"],
    ["pooled", "pooled", "pooled"],
  ])("%s capped at %s is %s", (visibility, cap, expected) => {
    expect(restrictVisibility(visibility, cap)).toBe(expected);
  });
});

describe("publicationOf", () => {
  const answers = {
    "r-a": { level: 2 as const, note: "internal: minister disagrees", evidence: "documented" as const },
    "r-b": { level: "na" as const, reason: "we have no navy" },
  };
  const s = snapshot("CAN", { risk: 50, adaptive: null }, answers);

  it("publishes nothing for a private result", () => {
    expect(publicationOf(s, "private")).toBeUndefined();
  });

  it("carries the figures and levels, and never notes, reasons or recommendations", () => {
    const p = publicationOf(
      { ...s, score: { ...s.score, redFlags: [{ ruleId: "r1", severity: "HIGH", message: { en: "long text" } }] } },
      "pooled",
    )!;
    expect(p).toMatchObject({ country: "CAN", visibility: "pooled", snapshotId: s.id, submittedAt: s.createdAt });
    expect(p.levels).toEqual({ "r-a": 2, "r-b": "na" });
    expect(p.score.redFlags).toEqual([{ ruleId: "r1", severity: "HIGH" }]);
    expect(p.score).not.toHaveProperty("recommendations");
    // The evidence grade is published (#15); what the documents say and who holds them is not.
    expect(p.evidence).toEqual({
      grades: { "r-a": "documented", "r-b": "self-declared" },
      verifiedShare: 0,
      respondents: 1,
    });
    const text = JSON.stringify(p);
    for (const secret of ["minister", "navy", "long text", "official-CAN"]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("sameRelease", () => {
  const a = publication("CAN", "public", { risk: 10 });
  it.each([
    [undefined, undefined, true],
    [a, a, true],
    [a, { ...a }, true],
    [a, undefined, false],
    [undefined, a, false],
    [a, { ...a, visibility: "pooled" as const }, false],
    [a, { ...a, snapshotId: "other" }, false],
  ])("%# is %s", (x, y, same) => {
    expect(sameRelease(x, y)).toBe(same);
  });
});

describe("publishedRow", () => {
  it("gives the statistics exactly what the snapshot would", () => {
    const fromSnapshots = computeCohortStats({ cohortId: "c", instrument, rows: fiveCountries, minCount: 5 });
    const rows = fiveCountries.map((r) => {
      const indices = Object.fromEntries(r.score.dimensions.map((d) => [d.dimensionId, d.index]));
      return publishedRow(publication(r.country, "public", indices, r.answers as never));
    });
    expect(computeCohortStats({ cohortId: "c", instrument, rows, minCount: 5 })).toEqual(fromSnapshots);
    expect(rows.every((r) => r.pooled === false)).toBe(true);
    expect(publishedRow(publication("CAN", "pooled", {})).pooled).toBe(true);
  });
});
