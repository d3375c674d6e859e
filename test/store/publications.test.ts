import { gunzipSync, gzipSync } from "node:zlib";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUPPRESSION_RULES_VERSION } from "../../functions/core/statistics/complementary-suppression.ts";
import { builtInCohortIdsOf } from "../../functions/core/statistics/publication-stats.ts";
import type { Store } from "../../functions/store/create-store.ts";
import { thinkTankKeys } from "../../functions/store/keys.ts";
import type { TestTable } from "../support/dynamo.ts";
import {
  answersOf,
  expectedBuiltIn,
  INSTRUMENT,
  indicatorIds,
  type ModelEntry,
  openPublishingStore,
  type storeFlows,
  uniformAnswers,
} from "../support/publishing.ts";

const MIN = 3;
let table: TestTable;
let store: Store;
let flows: ReturnType<typeof storeFlows>;

beforeAll(async () => {
  ({ table, store, flows } = await openPublishingStore("p", MIN));
});
afterAll(() => table.close());

const set = (cycle: number) => ({ ...INSTRUMENT, cycle });
const stats = async (cohortId: string, cycle: number, minCount = MIN) =>
  store.publications.builtInStats(cohortId, set(cycle), minCount);

/** Submits and pools each country's assessment of `cycle`, then reads the eastern-european figures they make. */
async function poolAndRead(countries: string[], cycle: number, level: 0 | 1 | 2 | 3) {
  for (const country of countries) {
    await flows.submit(country, cycle, uniformAnswers(level));
    await flows.setVisibility(country, cycle, "pooled");
  }
  return stats("eastern-european", cycle);
}

const figuresKey = (cohortId = "eastern-european") =>
  thinkTankKeys.figures(cohortId, INSTRUMENT.instrumentId, INSTRUMENT.instrumentVersion);

/** One cycle's stored figures entry, as the table holds it. */
async function figuresEntry(cycle: number, cohortId?: string): Promise<unknown> {
  const { Item } = await table.client.send(new GetCommand({ TableName: table.tableName, Key: figuresKey(cohortId) }));
  return Item?.[thinkTankKeys.cycleAttribute(cycle)];
}

/** Rewrites one cycle's figures entry behind the store's back, as an older release would have left it. */
async function rewriteFigures(
  cycle: number,
  UpdateExpression: string,
  values: Record<string, unknown>,
  cohortId?: string,
) {
  await table.client.send(
    new UpdateCommand({
      TableName: table.tableName,
      Key: figuresKey(cohortId),
      UpdateExpression,
      ExpressionAttributeNames: { "#c": thinkTankKeys.cycleAttribute(cycle) },
      ExpressionAttributeValues: values,
    }),
  );
}

describe("publication flows", () => {
  it("publishes on submit only what the visibility allows, and withdraws on the way back to private", async () => {
    const cycle = 2030;
    await flows.submit("KEN", cycle, uniformAnswers(2));
    expect(await store.publications.entries(set(cycle))).toEqual([]);

    await flows.setVisibility("KEN", cycle, "pooled");
    expect((await store.publications.entries(set(cycle))).map((p) => [p.country, p.visibility])).toEqual([
      ["KEN", "pooled"],
    ]);
    expect(await store.publicPublications.ofCountry("KEN")).toEqual([]);

    await flows.setVisibility("KEN", cycle, "public");
    const [entry] = await store.publicPublications.ofCountry("KEN");
    expect(entry).toMatchObject({ country: "KEN", cycle, visibility: "public" });
    expect(entry).not.toHaveProperty("seq");

    await flows.setVisibility("KEN", cycle, "private");
    expect(await store.publications.entries(set(cycle))).toEqual([]);
    expect(await store.publicPublications.ofCountry("KEN")).toEqual([]);
  });

  it("replaces a country's entry with its latest snapshot on re-submission", async () => {
    const cycle = 2031;
    const first = await flows.submit("GHA", cycle, uniformAnswers(1));
    await flows.setVisibility("GHA", cycle, "public");
    const second = await flows.submit("GHA", cycle, uniformAnswers(3));
    expect(second.id).not.toBe(first.id);
    const entries = await store.publications.entries(set(cycle));
    expect(entries.map((e) => e.snapshotId)).toEqual([second.id]);
    expect(entries[0]!.score.overall.mean).toBe(100);
  });

  it("never lets a refresh that read an older state overwrite a newer entry", async () => {
    const cycle = 2032;
    await flows.submit("NGA", cycle, uniformAnswers(2));
    await flows.setVisibility("NGA", cycle, "public");
    const entry = (await store.publications.entries(set(cycle)))[0]!;
    // A refresh stamped before the latest one (which was written with a higher counter) arrives late.
    const setStore = (await import("../../functions/store/publication-set.ts")).publicationSet({
      client: table.client,
      tableName: table.tableName,
      now: () => new Date(),
      newId: () => "x",
    });
    await flows.setVisibility("NGA", cycle, "private");
    const late = await setStore.put(set(cycle), "NGA", 1, entry);
    expect(late.written).toBe(false);
    expect(await store.publications.entries(set(cycle))).toEqual([]);
  });

  it("recomputes only the built-in cohorts the country belongs to", async () => {
    expect(builtInCohortIdsOf("KEN")).toEqual(["all", "african"]);
    const cycle = 2033;
    for (const country of ["KEN", "GHA", "NGA"]) {
      await flows.submit(country, cycle, uniformAnswers(2));
      await flows.setVisibility(country, cycle, "public");
    }
    expect((await stats("african", cycle)).stats).toMatchObject({ suppressed: false, n: 3 });
    expect((await stats("all", cycle)).stats).toMatchObject({ suppressed: false, n: 3 });
    expect((await stats("asia-pacific", cycle)).stats).toEqual({ cohortId: "asia-pacific", suppressed: true });
  });

  it("recomputes figures stamped with another threshold before serving them", async () => {
    const cycle = 2033;
    const released = await stats("african", cycle, 3);
    expect(released.stats).toMatchObject({ suppressed: false, n: 3 });
    expect(released.trend.find((p) => p.cycle === cycle)).toMatchObject({ suppressed: false, n: 3 });
    const raised = await stats("african", cycle, 5);
    expect(raised.stats).toEqual({ cohortId: "african", suppressed: true });
    expect(raised.trend.every((p) => p.suppressed)).toBe(true);
    expect((await stats("african", cycle, 3)).stats).toMatchObject({ suppressed: false, n: 3 });
  });

  it("recomputes figures stored under older suppression rules, as `all` was before complementary suppression", async () => {
    const cycle = 2038;
    await poolAndRead(["SVK", "SVN", "HRV"], cycle, 2);
    const expected = await poolAndRead(["BRA"], cycle, 3).then(() => stats("all", cycle));
    // BRA, pooled alone in its group, is left out of `all`.
    expect(expected.stats).toMatchObject({ suppressed: false, n: 3 });
    const { rules, ...older } = (await figuresEntry(cycle, "all")) as { rules: number };
    expect(rules).toBe(SUPPRESSION_RULES_VERSION);
    const leaky = gzipSync(JSON.stringify({ cohortId: "all", suppressed: false, n: 4, dimensions: [] }));
    await rewriteFigures(cycle, "SET #c = :old", { ":old": { ...older, stats: leaky } }, "all");
    expect(await stats("all", cycle)).toEqual(expected);
    expect(await figuresEntry(cycle, "all")).toMatchObject({ rules: SUPPRESSION_RULES_VERSION });
  });

  it("stores statistics gzipped", async () => {
    const cycle = 2037;
    const expected = await poolAndRead(["EST", "LVA", "LTU"], cycle, 1);
    const entry = (await figuresEntry(cycle)) as { stats: Uint8Array };
    expect(entry.stats).toBeInstanceOf(Uint8Array);
    const json = gunzipSync(entry.stats).toString("utf8");
    expect(entry.stats.byteLength).toBeLessThan(json.length / 2);
    expect(JSON.parse(json)).toEqual(expected.stats);
    expect(expected.stats).toMatchObject({ suppressed: false, n: 3 });
  });

  it("lists trend points of every cycle in order", async () => {
    for (const cycle of [2035, 2034]) {
      for (const [i, country] of ["KEN", "GHA", "NGA"].entries()) {
        await flows.submit(country, cycle, answersOf(indicatorIds.map(() => ((i + cycle) % 4) as 0 | 1 | 2 | 3)));
        await flows.setVisibility(country, cycle, "public");
      }
    }
    const { trend } = await stats("african", 2035);
    // Earlier cycles had too few African countries at a time: listed, but with nothing in them.
    expect(trend.map((p) => [p.cycle, p.suppressed])).toEqual([
      [2030, true],
      [2031, true],
      [2032, true],
      [2033, false],
      [2034, false],
      [2035, false],
    ]);
  });
});

describe("concurrent publications", () => {
  const countries = ["KEN", "GHA", "NGA", "SEN", "EGY", "MAR", "ZAF", "ETH", "RWA", "UGA"];

  it("from 10 countries converge to the exact statistics", async () => {
    for (let round = 0; round < 3; round += 1) {
      const cycle = 2040 + round;
      const model = new Map<string, ModelEntry>();
      await Promise.all(
        countries.map(async (country, i) => {
          const snapshot = await flows.submit(country, cycle, uniformAnswers(((i + round) % 4) as 0 | 1 | 2 | 3));
          const visibility = (i + round) % 3 === 0 ? "pooled" : "public";
          await flows.setVisibility(country, cycle, visibility);
          model.set(country, { snapshot, visibility });
        }),
      );
      for (const cohortId of ["all", "african"]) {
        expect((await stats(cohortId, cycle)).stats).toEqual(expectedBuiltIn(model, cohortId, MIN));
      }
      expect((await stats("all", cycle)).stats).toMatchObject({ n: 10 });
    }
  });

  it("settle a country's racing visibility changes on the visibility it ends with", async () => {
    const cycle = 2045;
    await Promise.all(["KEN", "GHA", "NGA"].map((c) => flows.submit(c, cycle, uniformAnswers(1))));
    const choices = ["public", "private", "pooled", "public", "private", "public", "pooled", "private"] as const;
    await Promise.all(choices.map((v, i) => flows.setVisibility(["KEN", "GHA", "NGA"][i % 3]!, cycle, v)));
    // Whatever order the writes landed in, one more refresh of each country must change nothing.
    const before = await store.publications.entries(set(cycle));
    const model = new Map<string, ModelEntry>();
    for (const country of ["KEN", "GHA", "NGA"]) {
      const assessment = await flows.assessmentFor(country, cycle);
      const snapshot = await store.snapshots.get(assessment.lastSnapshotId!);
      model.set(country, { snapshot, visibility: assessment.visibility });
      await store.publications.refresh(assessment, { minCount: MIN });
    }
    const after = await store.publications.entries(set(cycle));
    expect(after).toEqual(before);
    const released = [...model].filter(([, e]) => e.visibility !== "private").map(([c]) => c);
    expect(after.map((p) => p.country).sort()).toEqual(released.sort());
    expect((await stats("african", cycle)).stats).toEqual(expectedBuiltIn(model, "african", MIN));
  });
});
