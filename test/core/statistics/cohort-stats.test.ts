import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Answers } from "../../../functions/core/assessment.ts";
import { type CohortRow, computeCohortStats } from "../../../functions/core/statistics/cohort-stats.ts";
import { fiveCountries, indicatorIdsOf, instrument, row } from "./fixtures.ts";

const stats = (rows: CohortRow[], minCount = 5) => computeCohortStats({ cohortId: "c", instrument, rows, minCount });

describe("computeCohortStats", () => {
  it("releases a five-country cohort in instrument order with hand-computed values", () => {
    const result = stats(fiveCountries);
    expect(result).toMatchObject({ cohortId: "c", suppressed: false, n: 5 });
    if (result.suppressed) throw new Error("expected release");
    expect(result.dimensions.map((d) => d.dimensionId)).toEqual(["risk", "adaptive"]);
    const [risk, adaptive] = result.dimensions;
    expect(risk).toMatchObject({
      suppressed: false,
      n: 5,
      index: { n: 5, mean: 40, median: 40, q1: 20, q3: 60, min: 0, max: 80 },
      stages: { "1": 1, "2": 1, "3": 1, "4": 1, "5": 1 },
    });
    expect(adaptive).toMatchObject({ stages: { "1": 0, "2": 1, "3": 1, "4": 1, "5": 2 } });
    expect(risk!.indicators).toEqual([
      { indicatorId: "r-b", suppressed: true },
      {
        indicatorId: "r-a",
        suppressed: false,
        n: 5,
        level: { n: 5, mean: 1.2, median: 1, q1: 0, q3: 2, min: 0, max: 3 },
        levels: { "0": 2, "1": 1, "2": 1, "3": 1 },
        evidence: { verifiedShare: 0, medianRespondents: 1 },
      },
    ]);
    expect(adaptive!.indicators.map((i) => [i.indicatorId, i.suppressed])).toEqual([
      ["a-a", false],
      ["a-b", true],
      ["a-c", true],
    ]);
  });

  it("suppresses the whole cohort below the threshold, exposing nothing but its id", () => {
    const result = stats(fiveCountries.slice(0, 4));
    expect(result).toStrictEqual({ cohortId: "c", suppressed: true });
  });

  it("counts countries, not rows, and uses the row given last for a country", () => {
    const result = stats([...fiveCountries.slice(0, 4), row("CAN", { risk: 100, adaptive: 0 })]);
    expect(result).toStrictEqual({ cohortId: "c", suppressed: true });
    const replaced = stats([...fiveCountries, row("CAN", { risk: 100, adaptive: null })]);
    expect(replaced).toMatchObject({ n: 5 });
    if (replaced.suppressed) throw new Error("expected release");
    expect(replaced.dimensions[0]).toMatchObject({ n: 5, index: { min: 20, max: 100 } });
    expect(Object.keys(replaced.dimensions[1]!)).toEqual(["dimensionId", "suppressed", "indicators"]);
  });

  it("suppresses a dimension that too few countries score, even in a released cohort", () => {
    const rows = fiveCountries.map((r, i) => (i === 0 ? row(r.country, { risk: 10 }, r.answers) : r));
    const result = stats(rows);
    if (result.suppressed) throw new Error("expected release");
    expect(result.dimensions[0]).toMatchObject({ suppressed: false, n: 5 });
    expect(result.dimensions[1]).toStrictEqual({
      dimensionId: "adaptive",
      suppressed: true,
      indicators: [
        {
          indicatorId: "a-a",
          suppressed: false,
          n: 5,
          level: expect.any(Object),
          levels: expect.any(Object),
          evidence: expect.any(Object),
        },
        { indicatorId: "a-b", suppressed: true },
        { indicatorId: "a-c", suppressed: true },
      ],
    });
  });

  it("says how well each released cell is evidenced, over the countries behind it", () => {
    // Two of five countries verified on r-a; one to five respondents per country.
    const rows = fiveCountries.map((r, i) => ({
      ...r,
      evidence: {
        grades: { "r-a": i < 2 ? ("externally-verified" as const) : ("documented" as const) },
        verifiedShare: 0,
        respondents: i + 1,
      },
    }));
    const result = stats(rows, 4);
    if (result.suppressed) throw new Error("expected release");
    const [risk] = result.dimensions;
    const ra = risk!.indicators.find((x) => x.indicatorId === "r-a")!;
    expect(ra).toMatchObject({ evidence: { verifiedShare: 0.4, medianRespondents: 3 } });
    const weights = Object.fromEntries(instrument.dimensions[0]!.indicators.map((x) => [x.id, x.weight]));
    const share = weights["r-a"]! / (weights["r-a"]! + weights["r-b"]!);
    expect(risk).toMatchObject({ evidence: { medianRespondents: 3 } });
    if (risk!.suppressed) throw new Error("expected release");
    expect(risk!.evidence.verifiedShare).toBeCloseTo((2 * share) / 5, 4);
  });

  it("never goes below three countries, whatever minCount says", () => {
    expect(stats(fiveCountries.slice(0, 2), 0)).toStrictEqual({ cohortId: "c", suppressed: true });
    expect(stats(fiveCountries.slice(0, 3), 0)).toMatchObject({ suppressed: false, n: 3 });
  });
});

// ---- brute-force recomputation, written independently of the implementation ----

const codes = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ"];
const answer: fc.Arbitrary<Answer | undefined> = fc.constantFrom<Answer | undefined>(
  { level: 0 },
  { level: 1 },
  { level: 2 },
  { level: 3 },
  { level: "na", reason: "n/a" },
  { level: "unknown" },
  undefined,
);
const allIndicators = instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
const answers: fc.Arbitrary<Answers> = fc
  .tuple(...allIndicators.map(() => answer))
  .map((list) => Object.fromEntries(allIndicators.flatMap((id, k) => (list[k] ? [[id, list[k]]] : []))));
const index = fc.option(fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100));
const cohortRow = fc
  .tuple(fc.constantFrom(...codes), index, index, answers)
  .map(([country, risk, adaptive, a]) => row(country, { risk, adaptive }, a));
const rows = fc.array(cohortRow, { maxLength: 25 });
const minCount = fc.integer({ min: 0, max: 8 });

function naiveDescribe(values: number[]) {
  const x = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (x.length - 1) * p;
    return x[Math.floor(h)]! + (h - Math.floor(h)) * (x[Math.ceil(h)]! - x[Math.floor(h)]!);
  };
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  return { n: x.length, mean, median: q(0.5), q1: q(0.25), q3: q(0.75), min: x[0], max: x.at(-1) };
}

function expectClose(actual: unknown, expected: Record<string, number | undefined>) {
  for (const [key, value] of Object.entries(expected)) {
    expect((actual as Record<string, number>)[key]).toBeCloseTo(value!, 9);
  }
}

const lastPerCountry = (list: CohortRow[]) =>
  codes.flatMap((c) => list.filter((r) => r.country === c).slice(-1)) as CohortRow[];

/** Keys a suppressed cell may carry: identifiers and child lists, never a count or a value. */
const allowedWhenSuppressed = new Set(["suppressed", "cohortId", "dimensionId", "indicatorId", "indicators"]);

describe("computeCohortStats against brute force", () => {
  it("equals a per-dimension and per-indicator recomputation", () => {
    fc.assert(
      fc.property(rows, minCount, (list, min) => {
        const threshold = Math.max(3, min);
        const latest = lastPerCountry(list);
        const result = stats(list, min);
        expect(result.suppressed).toBe(latest.length < threshold);
        if (result.suppressed) return;
        expect(result.n).toBe(latest.length);
        instrument.dimensions.forEach((dimension, k) => {
          const cell = result.dimensions[k]!;
          expect(cell.dimensionId).toBe(dimension.id);
          const indices = latest
            .map((r) => r.score.dimensions.find((d) => d.dimensionId === dimension.id)!.index)
            .filter((v): v is number => v !== null);
          expect(cell.suppressed).toBe(indices.length < threshold);
          if (!cell.suppressed) expectClose(cell.index, naiveDescribe(indices));
          expect(cell.indicators.map((i) => i.indicatorId)).toEqual(indicatorIdsOf(dimension.id));
          for (const indicator of cell.indicators) {
            const levels = latest
              .map((r) => r.answers[indicator.indicatorId]?.level)
              .filter((v): v is 0 | 1 | 2 | 3 => typeof v === "number");
            expect(indicator.suppressed).toBe(levels.length < threshold);
            if (!indicator.suppressed) {
              expectClose(indicator.level, naiveDescribe(levels));
              expect(indicator.levels["2"]).toBe(levels.filter((l) => l === 2).length);
            }
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("never exposes a count or a value in a suppressed cell, and releases only at the threshold", () => {
    const walk = (node: Record<string, unknown>, threshold: number) => {
      if (node.suppressed === true) {
        for (const key of Object.keys(node)) expect(allowedWhenSuppressed.has(key)).toBe(true);
      } else {
        expect(node.n as number).toBeGreaterThanOrEqual(threshold);
      }
      const children = [...((node.dimensions as unknown[]) ?? []), ...((node.indicators as unknown[]) ?? [])];
      for (const child of children) walk(child as Record<string, unknown>, threshold);
    };
    fc.assert(
      fc.property(rows, minCount, (list, min) => walk({ ...stats(list, min) }, Math.max(3, min))),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the order of countries", () => {
    const distinct = fc.uniqueArray(cohortRow, { selector: (r) => r.country, maxLength: 10 });
    const permuted = distinct.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
    );
    fc.assert(
      fc.property(permuted, minCount, ([list, shuffled], min) => {
        expect(stats(shuffled, min)).toEqual(stats(list, min));
      }),
      { numRuns: 1000 },
    );
  });
});
