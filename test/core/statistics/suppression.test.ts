import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  DEFAULT_MIN_COUNT,
  effectiveMinCount,
  MIN_COUNT_FLOOR,
  suppressCell,
} from "../../../functions/core/statistics/suppression.ts";

describe("effectiveMinCount", () => {
  it.each([
    { configured: undefined, expected: 5 },
    { configured: Number.NaN, expected: 5 },
    { configured: 5, expected: 5 },
    { configured: 0, expected: 3 },
    { configured: -10, expected: 3 },
    { configured: 2.5, expected: 3 },
    { configured: 3, expected: 3 },
    { configured: 4.2, expected: 5 },
    { configured: 12, expected: 12 },
    { configured: Number.NEGATIVE_INFINITY, expected: 3 },
    { configured: Number.POSITIVE_INFINITY, expected: Number.POSITIVE_INFINITY },
  ])("turns $configured into $expected", ({ configured, expected }) => {
    expect(effectiveMinCount(configured)).toBe(expected);
  });

  it("matches the design's numbers", () => {
    expect(DEFAULT_MIN_COUNT).toBe(5);
    expect(MIN_COUNT_FLOOR).toBe(3);
  });

  it("is never below 3, whatever is configured", () => {
    fc.assert(
      fc.property(fc.option(fc.double(), { nil: undefined }), (configured) => {
        expect(effectiveMinCount(configured)).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("suppressCell", () => {
  it("withholds count and values below the threshold, without computing them", () => {
    const build = vi.fn(() => ({ mean: 42 }));
    const cell = suppressCell(4, 5, build);
    expect(cell).toStrictEqual({ suppressed: true });
    expect(build).not.toHaveBeenCalled();
  });

  it("releases count and values at the threshold", () => {
    expect(suppressCell(5, 5, () => ({ mean: 42 }))).toStrictEqual({ suppressed: false, n: 5, mean: 42 });
  });

  it("applies the floor even when the caller asks for less", () => {
    expect(suppressCell(2, 1, () => ({ mean: 1 }))).toStrictEqual({ suppressed: true });
    expect(suppressCell(3, 1, () => ({ mean: 1 }))).toStrictEqual({ suppressed: false, n: 3, mean: 1 });
  });

  it("never exposes n or values below the effective threshold", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double()), (n, minCount) => {
        const cell = suppressCell(n, minCount, () => ({ mean: 1, values: [1] }));
        if (n < effectiveMinCount(minCount)) {
          expect(Object.keys(cell)).toEqual(["suppressed"]);
          expect(cell.suppressed).toBe(true);
        } else {
          expect(Object.keys(cell).sort()).toEqual(["mean", "n", "suppressed", "values"]);
          expect(cell).toMatchObject({ suppressed: false, n });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
