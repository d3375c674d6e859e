import fc from "fast-check";
import { expect, it, describe as suite } from "vitest";
import { describe, quantileSorted, round } from "../../../functions/core/statistics/descriptive.ts";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const sample = fc.array(finite, { minLength: 1, maxLength: 60 });

/** Textbook type 7 in R's 1-based notation: j = ⌊(n − 1)p⌋ + 1, γ = (n − 1)p − ⌊(n − 1)p⌋. */
function referenceQuantile(values: readonly number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p;
  const j = Math.floor(h) + 1;
  const gamma = h - Math.floor(h);
  return (1 - gamma) * x[j - 1]! + gamma * x[Math.min(j, x.length - 1)]!;
}

suite("describe", () => {
  it.each([
    { values: [], expected: { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null } },
    { values: [7], expected: { n: 1, mean: 7, median: 7, q1: 7, q3: 7, min: 7, max: 7 } },
    { values: [1, 2, 3, 4], expected: { n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4 } },
    { values: [4, 1, 3, 2], expected: { n: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4 } },
    { values: [1, 2, 3, 4, 5], expected: { n: 5, mean: 3, median: 3, q1: 2, q3: 4, min: 1, max: 5 } },
    { values: [0, 0, 100], expected: { n: 3, mean: 100 / 3, median: 0, q1: 0, q3: 50, min: 0, max: 100 } },
    {
      values: [100, 90, 80, 70, 60, 50, 40, 30, 20, 10],
      expected: { n: 10, mean: 55, median: 55, q1: 32.5, q3: 77.5, min: 10, max: 100 },
    },
    { values: [2, 2, 2, 2], expected: { n: 4, mean: 2, median: 2, q1: 2, q3: 2, min: 2, max: 2 } },
    { values: [-3, 5], expected: { n: 2, mean: 1, median: 1, q1: -1, q3: 3, min: -3, max: 5 } },
  ])("describes $values", ({ values, expected }) => {
    expect(describe(values)).toEqual(expected);
  });

  it("does not mutate its input", () => {
    const values = [3, 1, 2];
    describe(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("rejects values that are not finite", () => {
    expect(() => describe([1, Number.NaN])).toThrow(RangeError);
    expect(() => describe([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it("keeps the mean of equal fractions inside their range", () => {
    const { mean, min, max } = describe([0.1, 0.1, 0.1]);
    expect(mean).toBeGreaterThanOrEqual(min!);
    expect(mean).toBeLessThanOrEqual(max!);
  });

  it("survives sums and spreads beyond the double range", () => {
    const big = 1.7e308;
    expect(describe([big, big, big]).mean).toBe(big);
    const spread = describe([-big, big]);
    expect(spread.mean).toBe(0);
    expect(spread.q1).toBeCloseTo(-big / 2, -300);
    expect(spread.q3).toBeCloseTo(big / 2, -300);
  });

  it("reports -0 as 0 whatever the input order", () => {
    expect(Object.is(describe([-0, 0]).min, 0)).toBe(true);
    expect(Object.is(describe([0, -0]).max, 0)).toBe(true);
  });

  it("orders min ≤ q1 ≤ median ≤ q3 ≤ max, with the mean within [min, max]", () => {
    fc.assert(
      fc.property(sample, (values) => {
        const d = describe(values);
        expect(d.n).toBe(values.length);
        expect(d.min! <= d.q1! && d.q1! <= d.median! && d.median! <= d.q3! && d.q3! <= d.max!).toBe(true);
        expect(d.min! <= d.mean! && d.mean! <= d.max!).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the order of its input", () => {
    const permuted = sample.chain((values) =>
      fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
    );
    fc.assert(
      fc.property(permuted, ([values, shuffled]) => {
        expect(describe(shuffled)).toEqual(describe(values));
      }),
      { numRuns: 1000 },
    );
  });

  it("matches textbook type 7 quartiles and the plain mean on index-like data", () => {
    const indices = fc.array(
      fc.integer({ min: 0, max: 100_000 }).map((x) => x / 1000),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(indices, (values) => {
        const d = describe(values);
        expect(d.q1).toBeCloseTo(referenceQuantile(values, 0.25), 9);
        expect(d.median).toBeCloseTo(referenceQuantile(values, 0.5), 9);
        expect(d.q3).toBeCloseTo(referenceQuantile(values, 0.75), 9);
        expect(d.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
        expect(d.min).toBe(Math.min(...values));
        expect(d.max).toBe(Math.max(...values));
      }),
      { numRuns: 1000 },
    );
  });
});

suite("quantileSorted", () => {
  it.each([
    { sorted: [1, 2, 3, 4], p: 0, expected: 1 },
    { sorted: [1, 2, 3, 4], p: 1, expected: 4 },
    { sorted: [1, 2, 3, 4], p: 0.1, expected: 1.3 },
    { sorted: [10, 20], p: 0.9, expected: 19 },
  ])("gives quantile $p of $sorted", ({ sorted, p, expected }) => {
    expect(quantileSorted(sorted, p)).toBeCloseTo(expected, 12);
  });

  it.each([
    { sorted: [], p: 0.5 },
    { sorted: [1], p: -0.1 },
    { sorted: [1], p: 1.1 },
    { sorted: [1], p: Number.NaN },
  ])("rejects sample $sorted with p = $p", ({ sorted, p }) => {
    expect(() => quantileSorted(sorted, p)).toThrow(RangeError);
  });
});

suite("round", () => {
  it.each([
    { x: 1.005, digits: 2, expected: 1.01 },
    { x: 1.0049, digits: 2, expected: 1 },
    { x: 2.5, digits: 0, expected: 3 },
    { x: -2.5, digits: 0, expected: -3 },
    { x: 123.456, digits: 1, expected: 123.5 },
    { x: -123.456, digits: 2, expected: -123.46 },
    { x: 1.23456e-5, digits: 7, expected: 0.0000123 },
    { x: 42, digits: 3, expected: 42 },
    { x: 1e300, digits: 2, expected: 1e300 },
    { x: Number.POSITIVE_INFINITY, digits: 2, expected: Number.POSITIVE_INFINITY },
    { x: Number.NEGATIVE_INFINITY, digits: 2, expected: Number.NEGATIVE_INFINITY },
  ])("rounds $x to $digits digits", ({ x, digits, expected }) => {
    expect(round(x, digits)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(round(-0.004, 2), 0)).toBe(true);
    expect(Object.is(round(-0, 2), 0)).toBe(true);
  });

  it.each([-1, 1.5, 16, Number.NaN])("rejects %s digits", (digits) => {
    expect(() => round(1, digits)).toThrow(RangeError);
  });

  it("moves a value by at most half a unit in the last kept place", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        expect(Math.abs(round(x, digits) - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
