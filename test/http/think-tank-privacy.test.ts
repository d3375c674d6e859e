import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../functions/core/assessment.ts";
import { builtInCohorts } from "../../functions/core/cohorts/built-in.ts";
import { computeCohortStats } from "../../functions/core/statistics/cohort-stats.ts";
import {
  answersOf,
  INSTRUMENT,
  indicatorIds,
  instrument,
  publishViaApi,
  setVisibilityViaApi,
} from "../support/publishing.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are probed structurally in assertions
type Json = Record<string, any>;

const MIN = 3;
let t: TestApp;
let analyst: string;
const snapshots = new Map<string, Snapshot>();
const query = (cycle: number) =>
  `instrument=${INSTRUMENT.instrumentId}&version=${INSTRUMENT.instrumentVersion}&cycle=${cycle}`;
const answersFor = (i: number) =>
  answersOf(indicatorIds.map((_, k) => (k % 5 === 4 ? undefined : (((i * 3 + k) % 4) as 0 | 1 | 2 | 3))));
const privateNote = "ZAF-internal-assessment-note";

async function read(path: string): Promise<{ status: number; text: string }> {
  const res = await t.call("GET", path, { token: analyst });
  return { status: res.status, text: await res.text() };
}

async function json(path: string): Promise<Json> {
  return JSON.parse((await read(path)).text) as Json;
}

async function newCohort(countries: string[]): Promise<string> {
  const res = await t.call("POST", "/api/cohorts", { token: analyst, body: { name: countries.join("+"), countries } });
  return ((await res.json()) as Json).id;
}

/** Everything the think-tank side can show an analyst about a cycle, as raw text. */
async function everythingShown(cycle: number, extraCohorts: string[]): Promise<string[]> {
  const cohortIds = [...builtInCohorts.map((c) => c.id), ...extraCohorts];
  const paths = [
    ...cohortIds.map((id) => `/api/cohorts/${id}/stats?${query(cycle)}`),
    ...["KEN", "GHA", "NGA", "SEN", "ZAF", "CAN", "FRA"].map((c) => `/api/profiles/${c}`),
    "/api/exports/scores.csv",
    "/api/exports/scores.json",
    `/api/exports/scores.csv?cycle=${cycle}`,
  ];
  return Promise.all(paths.map(async (p) => (await read(p)).text));
}

const statsOf = (cohortId: string, countries: string[]) =>
  computeCohortStats({
    cohortId,
    instrument,
    rows: countries.map((c) => snapshots.get(c)!),
    minCount: MIN,
  });

/** What a stats answer says beyond which cohort it is about. */
const figures = (body: Json) => {
  const { cohortId: _id, ...rest } = body;
  return rest;
};

/** The released part of a stats answer, to compare with a recomputation. */
const released = ({ suppressed, n, dimensions }: Json) => ({ suppressed, n, dimensions });

beforeAll(async () => {
  t = await startTestApp({ pooledMinCount: MIN });
  analyst = await t.token("analyst");
  const layout = [
    ["KEN", "public"],
    ["GHA", "public"],
    ["NGA", "public"],
    ["SEN", "pooled"],
    ["CAN", "public"],
    ["FRA", "pooled"],
  ] as const;
  for (const [i, [country, visibility]] of layout.entries()) {
    snapshots.set(country, await publishViaApi(t, country, 2026, answersFor(i), visibility));
  }
  const secret = { ...answersFor(9), "casualty-risk-policy": { level: 3 as const, note: privateNote } };
  snapshots.set("ZAF", await publishViaApi(t, "ZAF", 2026, secret, "private"));
}, 120_000);
afterAll(() => t.close());

describe("privacy of the think-tank side", () => {
  it("never shows a private snapshot in any statistic, profile or export", async () => {
    const zaf = snapshots.get("ZAF")!;
    const listWithZaf = await newCohort(["KEN", "GHA", "NGA", "ZAF"]);
    for (const text of await everythingShown(2026, [listWithZaf])) {
      expect(text).not.toContain(zaf.id);
      expect(text).not.toContain('"ZAF"');
      expect(text).not.toContain("ZAF,");
      expect(text).not.toContain(privateNote);
    }
    expect((await read("/api/profiles/ZAF")).status).toBe(404);
    expect(released(await json(`/api/cohorts/african/stats?${query(2026)}`))).toEqual(
      released(statsOf("african", ["KEN", "GHA", "NGA"])),
    );
    expect((await json(`/api/cohorts/${listWithZaf}/stats?${query(2026)}`)).n).toBe(3);
  });

  it("takes a result back out of everything when its country makes it private again", async () => {
    const before = await json(`/api/cohorts/african/stats?${query(2026)}`);
    const snapshot = await publishViaApi(t, "ZAF", 2027, answersFor(9), "public");
    expect((await read("/api/exports/scores.csv?cycle=2027")).text).toContain(snapshot.id);
    expect((await read("/api/profiles/ZAF")).status).toBe(200);
    await setVisibilityViaApi(t, "ZAF", 2027, "private");
    expect((await read("/api/profiles/ZAF")).status).toBe(404);
    for (const text of await everythingShown(2027, [])) expect(text).not.toContain(snapshot.id);
    expect(await json(`/api/cohorts/all/stats?${query(2027)}`)).toMatchObject({ suppressed: true });
    const after = await json(`/api/cohorts/african/stats?${query(2026)}`);
    expect(released(after)).toEqual(released(before));
    expect(after.trend.find((p: Json) => p.cycle === 2027)).toEqual({ cycle: 2027, suppressed: true });
  });

  it("never names a pooled result, nor counts it in an analyst's list", async () => {
    const sen = snapshots.get("SEN")!;
    expect((await read("/api/profiles/SEN")).status).toBe(404);
    const exports = [await read("/api/exports/scores.csv"), await read("/api/exports/scores.json")];
    for (const { text } of exports) {
      expect(text).not.toContain(sen.id);
      expect(text).not.toContain("SEN");
    }
    const withSen = await newCohort(["KEN", "GHA", "NGA", "SEN"]);
    expect((await json(`/api/cohorts/${withSen}/stats?${query(2026)}`)).n).toBe(3);
  });

  it("gives identical results for two analyst lists that differ by one pooled-only country", async () => {
    const a = await newCohort(["KEN", "GHA", "NGA", "CAN"]);
    const b = await newCohort(["KEN", "GHA", "NGA", "CAN", "FRA"]);
    const [left, right] = [
      await json(`/api/cohorts/${a}/stats?${query(2026)}`),
      await json(`/api/cohorts/${b}/stats?${query(2026)}`),
    ];
    expect(left.suppressed).toBe(false);
    expect(figures(right)).toEqual(figures(left));
  });

  it("reveals neither values nor n for a cohort or cell below the threshold", async () => {
    const weog = await json(`/api/cohorts/western-european-others/stats?${query(2026)}`);
    expect(Object.keys(weog).sort()).toEqual([
      "cohortId",
      "cycle",
      "instrumentId",
      "instrumentVersion",
      "minN",
      "suppressed",
    ]);
    const small = await json(`/api/cohorts/${await newCohort(["KEN", "GHA"])}/stats?${query(2026)}`);
    expect(Object.keys(small).sort()).toEqual(Object.keys(weog).sort());
    // Every fifth indicator is unanswered everywhere: its cells exist but say nothing.
    const african = await json(`/api/cohorts/african/stats?${query(2026)}`);
    const cells = african.dimensions.flatMap((d: Json) => d.indicators);
    const withheld = cells.filter((c: Json) => c.suppressed);
    expect(withheld.length).toBeGreaterThan(0);
    for (const cell of withheld) expect(Object.keys(cell).sort()).toEqual(["indicatorId", "suppressed"]);
  });

  it("counts pooled results in built-in cohorts only among at least the threshold of pooled peers", async () => {
    const path = `/api/cohorts/african/stats?${query(2026)}`;
    expect((await json(path)).n).toBe(3);
    for (const [i, country] of ["EGY", "MAR"].entries()) {
      snapshots.set(country, await publishViaApi(t, country, 2026, answersFor(20 + i), "pooled"));
    }
    const pooled = ["KEN", "GHA", "NGA", "SEN", "EGY", "MAR"];
    expect(released(await json(path))).toEqual(released(statsOf("african", pooled)));
    expect((await json(path)).n).toBe(6);
    await setVisibilityViaApi(t, "MAR", 2026, "private");
    expect((await json(path)).n).toBe(3);
  });
});
