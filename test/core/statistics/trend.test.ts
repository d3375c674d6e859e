import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CohortRow, computeTrend } from "../../../functions/core/statistics/cohort-stats.ts";
import { instrument, row } from "./fixtures.ts";

const countries = ["CAN", "BRA", "IND", "POL", "NGA", "KEN"];
const trend = (rows: CohortRow[], cycles?: number[], minCount = 5) =>
  computeTrend({ cohortId: "c", instrument, rows, minCount, ...(cycles ? { cycles } : {}) });

/** `count` countries in `cycle`, risk index = base + 10·i; adaptive missing from the score entirely. */
const cycleRows = (cycle: number, count: number, base: number) =>
  countries.slice(0, count).map((c, i) => row(c, { risk: base + 10 * i }, {}, cycle));

describe("computeTrend", () => {
  it("reports each cycle in ascending order with its own suppression", () => {
    const result = trend([...cycleRows(2026, 5, 20), ...cycleRows(2024, 4, 0), ...cycleRows(2025, 6, 10)]);
    expect(result).toStrictEqual({
      cohortId: "c",
      cycles: [
        { cycle: 2024, suppressed: true },
        {
          cycle: 2025,
          suppressed: false,
          n: 6,
          dimensions: [
            { dimensionId: "risk", suppressed: false, n: 6, mean: 35 },
            { dimensionId: "adaptive", suppressed: true },
          ],
        },
        {
          cycle: 2026,
          suppressed: false,
          n: 5,
          dimensions: [
            { dimensionId: "risk", suppressed: false, n: 5, mean: 40 },
            { dimensionId: "adaptive", suppressed: true },
          ],
        },
      ],
    });
  });

  it("lists exactly the requested cycles, empty ones suppressed, so presence leaks nothing", () => {
    const result = trend(cycleRows(2025, 5, 0), [2026, 2023, 2025, 2023]);
    expect(result.cycles.map((c) => [c.cycle, c.suppressed])).toEqual([
      [2023, true],
      [2025, false],
      [2026, true],
    ]);
  });

  it("counts each country once per cycle, using the row given last", () => {
    const rows = [...cycleRows(2025, 4, 0), row("CAN", { risk: 100 }, {}, 2025)];
    expect(trend(rows).cycles).toStrictEqual([{ cycle: 2025, suppressed: true }]);
    const replaced = trend([...cycleRows(2025, 5, 0), row("CAN", { risk: 100 }, {}, 2025)]);
    const point = replaced.cycles[0]!;
    expect(point).toMatchObject({ suppressed: false, n: 5 });
    if (point.suppressed) throw new Error("expected release");
    expect(point.dimensions[0]).toMatchObject({ n: 5, mean: (100 + 10 + 20 + 30 + 40) / 5 });
  });

  it("matches a brute-force mean per cycle and dimension", () => {
    const anyRow = fc
      .tuple(
        fc.constantFrom(...countries),
        fc.integer({ min: 2020, max: 2023 }),
        fc.option(fc.integer({ max: 100, min: 0 })),
      )
      .map(([country, cycle, risk]) => row(country, { risk, adaptive: 50 }, {}, cycle));
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 30 }), fc.integer({ min: 0, max: 6 }), (rows, minCount) => {
        const threshold = Math.max(3, minCount);
        for (const point of trend(rows, undefined, minCount).cycles) {
          const latest = countries.flatMap((c) =>
            rows.filter((r) => r.country === c && r.cycle === point.cycle).slice(-1),
          );
          expect(point.suppressed).toBe(latest.length < threshold);
          if (point.suppressed) continue;
          const risk = latest.map((r) => r.score.dimensions[0]!.index).filter((v): v is number => v !== null);
          const cell = point.dimensions[0]!;
          expect(cell.suppressed).toBe(risk.length < threshold);
          if (!cell.suppressed) expect(cell.mean).toBeCloseTo(risk.reduce((a, b) => a + b, 0) / risk.length, 9);
          expect(point.dimensions[1]).toMatchObject({ suppressed: false, n: latest.length, mean: 50 });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
