import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSESSMENT_SUMMARY_ATTRIBUTES, INDEX_PROJECTED_ATTRIBUTES } from "../../functions/contract/table-contract.ts";
import type { Store } from "../../functions/store/create-store.ts";
import { keys } from "../../functions/store/keys.ts";
import type { TestTable } from "../support/dynamo.ts";
import { INSTRUMENT, openPublishingStore, type storeFlows, uniformAnswers } from "../support/publishing.ts";

let table: TestTable;
let store: Store;
let flows: ReturnType<typeof storeFlows>;
const set = { ...INSTRUMENT, cycle: 2026 };

beforeAll(async () => {
  ({ table, store, flows } = await openPublishingStore("ix", 2));
  for (const [country, visibility] of [
    ["CAN", "public"],
    ["FRA", "public"],
    ["DEU", "pooled"],
  ] as const) {
    await flows.submit(country, 2026, uniformAnswers(2));
    await flows.setVisibility(country, 2026, visibility);
  }
  await flows.submit("CAN", 2027, uniformAnswers(1));
});
afterAll(() => table.close());

const pick = (item: object, names: readonly string[]) =>
  Object.fromEntries(Object.entries(item).filter(([name]) => names.includes(name)));

describe("indexes that project only what the lists read", () => {
  it("are declared INCLUDE with the contract's attributes", async () => {
    const out = await table.client.send(new DescribeTableCommand({ TableName: table.tableName }));
    for (const index of out.Table?.GlobalSecondaryIndexes ?? []) {
      expect(index.Projection).toEqual({ ProjectionType: "INCLUDE", NonKeyAttributes: INDEX_PROJECTED_ATTRIBUTES });
    }
    expect(out.Table?.GlobalSecondaryIndexes).toHaveLength(2);
  });

  it("keep an assessment's answers out of its index copies", async () => {
    const out = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: { ":p": keys.assessmentsOfCountry("CAN") },
      }),
    );
    expect(out.Items).toHaveLength(2);
    for (const item of out.Items ?? []) expect(Object.keys(item)).not.toContain("answers");
  });

  it("list assessments as the summaries of the stored items", async () => {
    for (const country of ["CAN", undefined]) {
      const page = await store.assessments.list({ country, limit: 10 });
      expect(page.items.length).toBeGreaterThanOrEqual(2);
      for (const summary of page.items) {
        expect(summary).toEqual(pick(await store.assessments.get(summary.id), ASSESSMENT_SUMMARY_ATTRIBUTES));
      }
    }
  });

  it("list snapshots as the summaries of the stored snapshots", async () => {
    const assessment = await flows.assessmentFor("CAN", 2026);
    const { items } = await store.snapshots.listByAssessment(assessment.id, 10);
    const full = await store.snapshots.get(assessment.lastSnapshotId as string);
    const { id, assessmentId, country, cycle, createdAt, createdBy, assessmentVersion } = full;
    const expected = { id, assessmentId, country, cycle, createdAt, createdBy, assessmentVersion };
    expect(items).toEqual([{ ...expected, overall: full.score.overall }]);
  });

  it("list public entries exactly as the publication set holds them", async () => {
    const stored = (await store.publications.entries(set)).filter((p) => p.visibility === "public");
    expect(stored.map((p) => p.country).sort()).toEqual(["CAN", "FRA"]);
    const all = await store.publicPublications.all(INSTRUMENT.instrumentId, INSTRUMENT.instrumentVersion);
    expect(all).toEqual(stored);
    expect(await store.publicPublications.ofCountry("FRA")).toEqual(stored.filter((p) => p.country === "FRA"));
  });

  it("list analyst cohorts whole", async () => {
    const made = await store.cohorts.create({ name: "Sahel", countries: ["NER", "MLI"], owner: "analyst-1" });
    for (const owner of ["analyst-1", undefined]) {
      const { items } = await store.cohorts.list({ owner, limit: 10 });
      expect(items).toEqual([made]);
    }
    expect(await store.cohorts.find(made.id)).toEqual(made);
  });
});
