import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Stage } from "../../../functions/core/scoring/types.ts";
import { levelDistribution, stageDistribution } from "../../../functions/core/statistics/stage-distribution.ts";

const stage = fc.constantFrom<Stage | null>(1, 2, 3, 4, 5, null);

describe("stageDistribution", () => {
  it.each([
    { stages: [], expected: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } },
    { stages: [null, null], expected: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } },
    { stages: [1, 5, 5, null, 3], expected: { "1": 1, "2": 0, "3": 1, "4": 0, "5": 2 } },
  ] as { stages: (Stage | null)[]; expected: Record<string, number> }[])("counts $stages", ({ stages, expected }) => {
    expect(stageDistribution(stages)).toEqual(expected);
  });

  it("sums to the number of non-null stages and counts each stage exactly", () => {
    fc.assert(
      fc.property(fc.array(stage, { maxLength: 200 }), (stages) => {
        const counts = stageDistribution(stages);
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(stages.filter((s) => s !== null).length);
        for (const s of [1, 2, 3, 4, 5] as const) expect(counts[`${s}`]).toBe(stages.filter((x) => x === s).length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("levelDistribution", () => {
  it("counts every level, with zeros for absent ones", () => {
    expect(levelDistribution([0, 3, 3])).toEqual({ "0": 1, "1": 0, "2": 0, "3": 2 });
  });

  it("sums to the number of levels", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3)), (levels) => {
        expect(Object.values(levelDistribution(levels)).reduce((a, b) => a + b, 0)).toBe(levels.length);
      }),
      { numRuns: 1000 },
    );
  });
});
