import { describe, expect, it } from "vitest";
import type { Answer } from "../../../functions/core/assessment.ts";
import { unRegionalGroupOf } from "../../../functions/core/cohorts/built-in.ts";
import type { PublishedRow } from "../../../functions/core/publication.ts";
import { withoutExposedPooled } from "../../../functions/core/statistics/complementary-suppression.ts";
import { computeBuiltInFigures } from "../../../functions/core/statistics/publication-stats.ts";
import { instrument } from "./fixtures.ts";
import { pooledRow } from "./publication-fixtures.ts";

const full: Record<string, Answer> = {
  "r-a": { level: 1 },
  "r-b": { level: 2 },
  "a-a": { level: 3 },
  "a-b": { level: 0 },
  "a-c": { level: 2 },
};
const rowsOf = (countries: string[], pooled: boolean, answers = full) =>
  countries.map((c, i) => pooledRow(c, pooled, { risk: 10 + i, adaptive: 60 - i }, answers));
const weogPublic = rowsOf(["AUS", "CAN", "DEU", "ESP", "FRA"], false);
const weogPooled = rowsOf(["ITA", "NLD", "NOR", "NZL", "SWE"], true);
const parent = (rows: PublishedRow[], minCount = 5, groupOf = unRegionalGroupOf) =>
  withoutExposedPooled({ instrument, rows, groupOf, minCount });
const countriesOf = (rows: PublishedRow[]) => rows.map((r) => r.country).sort();
const figures = (cohortId: string, rows: PublishedRow[]) => {
  const { cohortId: _id, ...rest } = computeBuiltInFigures({ cohortId, instrument, rows, minCount: 5 });
  return rest;
};

describe("withoutExposedPooled", () => {
  it("leaves a pooled country alone in its group out of `all`: issue #11.1's attack finds nothing", () => {
    const lone = pooledRow("JPN", true, { risk: 99, adaptive: 1 }, { "r-a": { level: 3 } });
    const rows = [...weogPublic, ...weogPooled, lone];
    expect(countriesOf(parent(rows))).toEqual(countriesOf([...weogPublic, ...weogPooled]));
    expect(figures("all", rows)).toEqual(figures("western-european-others", rows));
    expect(figures("asia-pacific", rows)).toMatchObject({ suppressed: true });
  });

  it("keeps exposed pooled countries once there are enough of them to hide among each other", () => {
    const scattered = rowsOf(["JPN", "KEN", "POL", "BRA", "IND"], true);
    const rows = [...weogPublic, ...weogPooled, ...scattered];
    expect(parent(rows)).toEqual(rows);
    expect(figures("all", rows)).toMatchObject({ suppressed: false, n: 15 });
  });

  it("leaves out only the values of a cell that a group withholds for too few pooled answers", () => {
    const partial = weogPooled.map((row, i) =>
      i < 2 ? row : { ...row, answers: { ...row.answers, "a-c": undefined! } },
    );
    const sparse = partial.map((row) => ({
      ...row,
      answers: Object.fromEntries(Object.entries(row.answers).filter(([, a]) => a)),
    }));
    const rows = [...weogPublic, ...sparse];
    const out = parent(rows);
    expect(countriesOf(out)).toEqual(countriesOf(rows));
    for (const row of out.filter((r) => r.pooled)) {
      expect(row.answers["a-c"]).toBeUndefined();
      expect(row.answers["a-b"]).toEqual({ level: 0 });
    }
    expect(out.filter((r) => !r.pooled)).toEqual(weogPublic);
  });

  it("counts a country of no group as exposed, and never goes below the floor of three", () => {
    const groupOf = (c: string) => (c === "XXA" ? undefined : unRegionalGroupOf(c));
    const two = [...weogPublic, ...rowsOf(["ITA", "XXA"], true)];
    expect(countriesOf(parent(two, 1, groupOf))).toEqual(countriesOf(weogPublic));
    const three = [...weogPublic, ...rowsOf(["ITA", "NLD", "XXA"], true)];
    expect(countriesOf(parent(three, 1, groupOf))).toEqual(countriesOf(three));
  });
});
