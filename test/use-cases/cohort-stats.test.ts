import { describe, expect, it } from "vitest";
import { builtInCohorts } from "../../functions/core/cohorts/built-in.ts";
import { NotFoundError } from "../../functions/core/errors.ts";
import { type CohortStatsStore, cohortStats } from "../../functions/use-cases/cohort-stats.ts";
import { instrument } from "../support/publishing.ts";

const list = { id: "list1", countries: ["CAN", "NOR"], createdBy: "analyst-1" };

function store() {
  const calls: string[] = [];
  const s: CohortStatsStore = {
    cohorts: { find: async (id) => (id === list.id ? list : undefined) },
    publications: {
      builtInStats: async (cohortId, key, minCount) => {
        calls.push(`builtIn ${cohortId} ${key.cycle} ${minCount}`);
        return { stats: { cohortId, suppressed: true }, trend: [] };
      },
    },
    publicPublications: {
      all: async (id, version) => {
        calls.push(`public ${id}@${version}`);
        return [];
      },
    },
  };
  return { s, calls };
}

const base = { instrument, cycle: 2026, minCount: 5 };
const analyst = { role: "analyst", subject: "analyst-1" };

describe("cohortStats", () => {
  it("reads a built-in cohort's materialized figures", async () => {
    const { s, calls } = store();
    const id = (builtInCohorts[0] as { id: string }).id;
    const view = await cohortStats(s, { ...base, cohortId: id, reader: analyst });
    expect(view).toMatchObject({ cohortId: id, suppressed: true, cycle: 2026, minN: 5 });
    expect(calls).toEqual([`builtIn ${id} 2026 5`]);
  });

  it("computes an analyst's own list from public results", async () => {
    const { s, calls } = store();
    const view = await cohortStats(s, { ...base, cohortId: list.id, reader: analyst });
    expect(view).toMatchObject({ cohortId: list.id, suppressed: true });
    expect(calls).toEqual([`public ${instrument.id}@${instrument.version}`]);
  });

  it("hides another analyst's list, but not from an admin", async () => {
    const { s, calls } = store();
    const other = { role: "analyst", subject: "analyst-2" };
    await expect(cohortStats(s, { ...base, cohortId: list.id, reader: other })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cohortStats(s, { ...base, cohortId: "nope", reader: analyst })).rejects.toBeInstanceOf(NotFoundError);
    expect(calls).toEqual([]);
    const admin = { role: "admin", subject: "admin-1" };
    await expect(cohortStats(s, { ...base, cohortId: list.id, reader: admin })).resolves.toMatchObject({
      cohortId: list.id,
    });
  });
});
