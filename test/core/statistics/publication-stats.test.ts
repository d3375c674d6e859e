import { describe, expect, it } from "vitest";
import { publishedRow } from "../../../functions/core/publication.ts";
import { computeCohortStats, computeTrend } from "../../../functions/core/statistics/cohort-stats.ts";
import {
  analystCohortStats,
  builtInCohortIdsOf,
  cohortStatsView,
  materializeBuiltIn,
} from "../../../functions/core/statistics/publication-stats.ts";
import { instrument } from "./fixtures.ts";
import { publication } from "./publication-fixtures.ts";

const answers = { "r-a": { level: 2 as const } };
const african = ["KEN", "GHA", "NGA", "SEN", "EGY"].map((c, i) => publication(c, "public", { risk: 10 * i }, answers));
const others = [
  publication("CAN", "public", { risk: 90 }, answers),
  publication("FRA", "pooled", { risk: 80 }, answers),
  publication("MAR", "pooled", { risk: 70 }, answers),
  publication("ZAF", "public", { risk: 60 }, answers, 2024),
];

describe("builtInCohortIdsOf", () => {
  it("names `all` and the country's UN regional group", () => {
    expect(builtInCohortIdsOf("CAN")).toEqual(["all", "western-european-others"]);
    expect(builtInCohortIdsOf("XXX")).toEqual([]);
  });
});

describe("materializeBuiltIn", () => {
  it("recomputes each cohort from its members' entries of the cycle", () => {
    const publications = [...african, ...others];
    const [all, group, unknown] = materializeBuiltIn({
      instrument,
      cycle: 2025,
      publications,
      cohortIds: ["all", "african", "no-such-cohort"],
      minCount: 5,
    });
    // Two pooled countries are too few to count; ZAF's entry is of another cycle.
    const counted = [...african, others[0]!].map(publishedRow);
    expect(all!.stats).toEqual(computeCohortStats({ cohortId: "all", instrument, rows: counted, minCount: 5 }));
    expect(all!.trendPoint).toMatchObject({ cycle: 2025, suppressed: false, n: 6 });
    expect(group!.stats).toMatchObject({ cohortId: "african", suppressed: false, n: 5 });
    expect(unknown).toEqual({
      cohortId: "no-such-cohort",
      stats: { cohortId: "no-such-cohort", suppressed: true },
      trendPoint: { cycle: 2025, suppressed: true },
    });
  });
});

describe("analystCohortStats", () => {
  it("counts public entries only, and gives the trend across cycles", () => {
    const countries = ["KEN", "GHA", "NGA", "SEN", "EGY", "FRA", "MAR", "ZAF"];
    const publications = [...african, ...others];
    const result = analystCohortStats({
      cohortId: "mine",
      countries,
      instrument,
      cycle: 2025,
      publications,
      minCount: 5,
    });
    const rows = african.map(publishedRow);
    expect(result.stats).toEqual(computeCohortStats({ cohortId: "mine", instrument, rows, minCount: 5 }));
    const trendRows = [...rows, publishedRow(others[3]!)];
    expect(result.trend).toEqual(computeTrend({ cohortId: "mine", instrument, rows: trendRows, minCount: 5 }).cycles);
    expect(result.trend.map((p) => p.cycle)).toEqual([2024, 2025]);
  });
});

describe("cohortStatsView", () => {
  const context = { instrumentId: "test", instrumentVersion: "2025.1", cycle: 2025, minCount: 2 };

  it("says nothing but the query and the threshold for a suppressed cohort", () => {
    const view = cohortStatsView({ cohortId: "c", suppressed: true }, [{ cycle: 2024, suppressed: true }], context);
    expect(view).toEqual({
      cohortId: "c",
      suppressed: true,
      instrumentId: "test",
      instrumentVersion: "2025.1",
      cycle: 2025,
      minN: 3,
    });
  });

  it("adds the trend to released statistics", () => {
    const stats = computeCohortStats({ cohortId: "c", instrument, rows: african.map(publishedRow), minCount: 5 });
    const trend = [{ cycle: 2025, suppressed: true as const }];
    expect(cohortStatsView(stats, trend, context)).toEqual({
      ...stats,
      ...context,
      minCount: undefined,
      minN: 3,
      trend,
    });
  });
});
