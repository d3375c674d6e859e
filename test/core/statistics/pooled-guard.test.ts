import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PublishedRow } from "../../../functions/core/publication.ts";
import { computeCohortStats, computeTrend } from "../../../functions/core/statistics/cohort-stats.ts";
import { computeBuiltInCohortStats, trendPointOf } from "../../../functions/core/statistics/pooled-guard.ts";
import { instrument } from "./fixtures.ts";
import { pooledRow } from "./publication-fixtures.ts";

const stats = (rows: PublishedRow[], minCount = 5) =>
  computeBuiltInCohortStats({ cohortId: "c", instrument, rows, minCount });
const plain = (rows: PublishedRow[], minCount = 5) => computeCohortStats({ cohortId: "c", instrument, rows, minCount });

const everything = { "r-a": { level: 1 as const }, "r-b": { level: 2 as const }, "a-a": { level: 3 as const } };
const publicRows = ["CAN", "BRA", "IND", "POL", "NGA"].map((c, i) =>
  pooledRow(c, false, { risk: 10 * i, adaptive: 20 + i }, everything),
);
const pooledRows = (count: number, answers = everything) =>
  ["KEN", "GHA", "SEN", "EGY", "MAR", "PER"]
    .slice(0, count)
    .map((c, i) => pooledRow(c, true, { risk: 50 + i, adaptive: 90 - i }, answers));

describe("computeBuiltInCohortStats", () => {
  it("leaves pooled countries out while fewer than the threshold are pooled", () => {
    expect(stats([...publicRows, ...pooledRows(4)])).toEqual(plain(publicRows));
    expect(stats([...publicRows.slice(0, 4), ...pooledRows(4)])).toEqual({ cohortId: "c", suppressed: true });
  });

  it("counts pooled countries once there are enough of them to hide among", () => {
    const rows = [...publicRows, ...pooledRows(5)];
    expect(stats(rows)).toEqual(plain(rows));
    expect(stats(pooledRows(5))).toEqual(plain(pooledRows(5)));
  });

  it("withholds a cell to which only a few pooled countries contribute, whatever the total", () => {
    const lonely = pooledRows(5).map((r, i) =>
      i === 0
        ? r
        : {
            ...r,
            answers: { "r-a": r.answers["r-a"]! },
            score: { ...r.score, dimensions: r.score.dimensions.filter((d) => d.dimensionId === "risk") },
          },
    );
    const result = stats([...publicRows, ...lonely]);
    if (result.suppressed) throw new Error("expected release");
    const [risk, adaptive] = result.dimensions;
    expect(risk).toMatchObject({ suppressed: false, n: 10 });
    // r-a: all five pooled answered it; r-b: only one pooled did.
    expect(risk!.indicators.map((i) => [i.indicatorId, i.suppressed])).toEqual([
      ["r-b", true],
      ["r-a", false],
    ]);
    expect(risk!.indicators[0]).toEqual({ indicatorId: "r-b", suppressed: true });
    // adaptive: one pooled country has an index, so the dimension is withheld, and a-a with it.
    expect(adaptive).toMatchObject({ dimensionId: "adaptive", suppressed: true });
    expect(adaptive).not.toHaveProperty("n");
    expect(adaptive!.indicators.find((i) => i.indicatorId === "a-a")).toEqual({ indicatorId: "a-a", suppressed: true });
  });

  it("never goes below the floor of three, whatever is configured", () => {
    expect(stats(publicRows.slice(0, 2), 1)).toEqual({ cohortId: "c", suppressed: true });
    expect(stats(publicRows.slice(0, 3), 1)).toMatchObject({ suppressed: false, n: 3 });
  });
});

describe("trendPointOf", () => {
  it("is the point computeTrend gives for the same rows", () => {
    const rowArb = fc.record({
      country: fc.constantFrom("CAN", "BRA", "IND", "POL", "NGA", "KEN", "GHA"),
      risk: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      adaptive: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 9 }), fc.integer({ min: 3, max: 6 }), (specs, minCount) => {
        const rows = specs.map((s) => pooledRow(s.country, false, { risk: s.risk, adaptive: s.adaptive }));
        const expected = computeTrend({ cohortId: "c", instrument, rows, minCount, cycles: [2025] }).cycles[0];
        expect(trendPointOf(2025, plain(rows, minCount))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("inherits what the statistics withheld", () => {
    expect(trendPointOf(2030, { cohortId: "c", suppressed: true })).toEqual({ cycle: 2030, suppressed: true });
  });
});
