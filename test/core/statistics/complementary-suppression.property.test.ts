import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../../functions/core/assessment.ts";
import { builtInCohorts, findBuiltInCohort } from "../../../functions/core/cohorts/built-in.ts";
import type { PublishedRow } from "../../../functions/core/publication.ts";
import type { Stage } from "../../../functions/core/scoring/types.ts";
import type { CohortStats, DimensionStats, IndicatorStats } from "../../../functions/core/statistics/cohort-stats.ts";
import { cellsOf } from "../../../functions/core/statistics/complementary-suppression.ts";
import { computeBuiltInCohortStats } from "../../../functions/core/statistics/pooled-guard.ts";
import { computeBuiltInFigures } from "../../../functions/core/statistics/publication-stats.ts";
import { instrument } from "./fixtures.ts";
import { pooledRow } from "./publication-fixtures.ts";

const cohortIds = builtInCohorts.map((c) => c.id);
const indicatorIds = cellsOf(instrument).flatMap((c) => (c.kind === "indicator" ? [c.id] : []));
/** Countries of every regional group, several per group so groups can reach and miss the threshold. */
const countries = [
  ...["CAN", "FRA", "DEU", "ITA", "ESP", "NLD", "NOR"],
  ...["JPN", "IND", "IDN", "PAK", "NPL"],
  ...["KEN", "GHA", "NGA", "SEN", "EGY"],
  ...["POL", "CZE", "UKR"],
  ...["BRA", "ARG", "URY"],
];

const figuresOf = (rows: readonly PublishedRow[], minCount: number) =>
  new Map(cohortIds.map((id) => [id, computeBuiltInFigures({ cohortId: id, instrument, rows, minCount })]));

/** Every released cell of a cohort as the numbers an analyst can subtract: n, n × mean and the counts. */
function releasedCells(stats: CohortStats | undefined): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  if (!stats || stats.suppressed) return cells;
  const add = (key: string, cell: DimensionStats | IndicatorStats, mean: number, counts: object) => {
    if (!cell.suppressed) cells.set(key, [cell.n, cell.n * mean, ...Object.values(counts)]);
  };
  for (const d of stats.dimensions) {
    if (!d.suppressed) add(`d:${d.dimensionId}`, d, d.index.mean!, d.stages);
    for (const i of d.indicators) if (!i.suppressed) add(`i:${i.indicatorId}`, i, i.level.mean!, i.levels);
  }
  return cells;
}

/** The row with every value changed but who contributes to what unchanged, so no suppression decision moves. */
function perturbed(row: PublishedRow): PublishedRow {
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(row.answers)) {
    const level = answer.level;
    answers[id] = typeof level === "number" ? { level: ((level + 1) % 4) as 0 | 1 | 2 | 3 } : answer;
  }
  const dimensions = row.score.dimensions.map((d) =>
    d.index === null || d.stage === null ? d : { ...d, index: d.index + 7, stage: ((d.stage % 5) + 1) as Stage },
  );
  return { ...row, answers, score: { ...row.score, dimensions } };
}

type Difference = (figures: Map<string, CohortStats>) => Map<string, number[]>;

function minus(left: Map<string, number[]>, right: Map<string, number[]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, values] of left) {
    const other = right.get(key);
    if (other)
      out.set(
        key,
        values.map((v, k) => v - other[k]!),
      );
  }
  return out;
}

/** Each released figure alone, and the difference of every two released built-in figures, cell by cell. */
const checks: [string, Difference][] = [
  ...cohortIds.map((a): [string, Difference] => [a, (f) => releasedCells(f.get(a))]),
  ...cohortIds.flatMap((a) =>
    cohortIds
      .filter((b) => b !== a)
      .map((b): [string, Difference] => [
        `${a} − ${b}`,
        (f) => minus(releasedCells(f.get(a)), releasedCells(f.get(b))),
      ]),
  ),
];

const same = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - b[k]!) < 1e-6);

/**
 * For each figure or difference and each cell, the pooled countries it rests on, found as an attacker's target
 * would be: a country is in it when changing that country's values, and nothing else, changes the result.
 */
function pooledBehind(rows: PublishedRow[], minCount: number): Map<string, string[]> {
  const base = figuresOf(rows, minCount);
  const behind = new Map<string, string[]>();
  for (const target of rows.filter((row) => row.pooled)) {
    const changed = figuresOf(
      rows.map((row) => (row === target ? perturbed(row) : row)),
      minCount,
    );
    for (const [name, difference] of checks) {
      const after = difference(changed);
      for (const [cell, values] of difference(base)) {
        const key = `${name} at ${cell}`;
        if (!same(values, after.get(cell)!)) behind.set(key, [...(behind.get(key) ?? []), target.country]);
      }
    }
  }
  return behind;
}

const level = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.constant("unknown"), fc.constant(undefined));
const rowArb = fc.record({
  country: fc.constantFrom(...countries),
  pooled: fc.boolean(),
  risk: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 5 }),
  adaptive: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 5 }),
  levels: fc.array(level, { minLength: indicatorIds.length, maxLength: indicatorIds.length }),
});

type Spec = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(specs: Spec[]): PublishedRow[] {
  const byCountry = new Map(specs.map((s) => [s.country, s]));
  return [...byCountry.values()].map((s) => {
    const answers: Record<string, Answer> = {};
    s.levels.forEach((l, k) => {
      if (l !== undefined) answers[indicatorIds[k]!] = { level: l as 0 };
    });
    return pooledRow(s.country, s.pooled, { risk: s.risk, adaptive: s.adaptive }, answers);
  });
}

const publicationSets = fc.array(rowArb, { minLength: 3, maxLength: 22 });

describe("complementary suppression over the built-in hierarchy", () => {
  it("leaves no released figure, nor difference of two, resting on 1 to minN − 1 pooled countries", () => {
    fc.assert(
      fc.property(publicationSets, fc.integer({ min: 3, max: 5 }), (specs, min) => {
        for (const [where, pooled] of pooledBehind(rowsOf(specs), min)) {
          expect(pooled.length >= min, `${where} rests on ${pooled.join(", ")}`).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("never withholds anything from a regional group to protect `all`", () => {
    fc.assert(
      fc.property(publicationSets, fc.integer({ min: 3, max: 5 }), (specs, minCount) => {
        const rows = rowsOf(specs);
        for (const group of cohortIds.filter((id) => id !== "all")) {
          const members = new Set(findBuiltInCohort(group)!.countries);
          const own = rows.filter((row) => members.has(row.country));
          const expected = computeBuiltInCohortStats({ cohortId: group, instrument, rows: own, minCount });
          expect(computeBuiltInFigures({ cohortId: group, instrument, rows, minCount })).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
