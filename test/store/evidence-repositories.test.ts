import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "../../functions/core/errors.ts";
import { createStore, type Store } from "../../functions/store/create-store.ts";
import { sequentialIds, steppingClock } from "../support/determinism.ts";
import { startTestTable, type TestTable } from "../support/dynamo.ts";

let table: TestTable;
let store: Store;

beforeAll(async () => {
  table = await startTestTable();
  store = createStore({
    client: table.client,
    tableName: table.tableName,
    now: steppingClock(),
    newId: sequentialIds("e"),
  });
});
afterAll(() => table.close());

const base = { instrumentId: "un-peace-ops-readiness", instrumentVersion: "2026.1" };
const verdict = (indicatorId: string, v: "verified" | "disputed") => ({
  indicatorId,
  verdict: v,
  reviewer: "rev",
  reviewedAt: "2026-01-01T00:00:00.000Z",
  answerFingerprint: "f",
});

describe("reviews repository", () => {
  it("keeps the latest verdict per indicator, beside the assessment but apart from it", async () => {
    const a = await store.assessments.create({ ...base, country: "CAN", cycle: 2026 });
    await store.reviews.put(a.id, verdict("x", "disputed"));
    await store.reviews.put(a.id, verdict("x", "verified"));
    await store.reviews.put(a.id, { ...verdict("y", "disputed"), note: "no document" });
    expect(await store.reviews.list(a.id)).toEqual([
      verdict("x", "verified"),
      { ...verdict("y", "disputed"), note: "no document" },
    ]);
    expect(await store.assessments.get(a.id)).toMatchObject({ version: 1, answers: {} });
    expect(await store.reviews.list("other")).toEqual([]);
  });
});

describe("responses repository", () => {
  it("creates once, merges per indicator under the version, and lists every respondent", async () => {
    const a = await store.assessments.create({ ...base, country: "NOR", cycle: 2026 });
    const first = await store.responses.create(a.id, "ann", {
      institution: "defence",
      answers: { x: { level: 1 }, y: null },
    });
    expect(first).toMatchObject({ respondent: "ann", version: 1, answers: { x: { level: 1 } } });
    await expect(store.responses.create(a.id, "ann", { answers: {} })).rejects.toMatchObject({
      code: "version_conflict",
      details: { current: { version: 1 } },
    });
    const merged = await store.responses.patch(a.id, "ann", 1, { answers: { x: null, z: { level: 3 } } });
    expect(merged).toMatchObject({ version: 2, institution: "defence", answers: { z: { level: 3 } } });
    await expect(store.responses.patch(a.id, "ann", 1, { answers: {} })).rejects.toBeInstanceOf(ConflictError);
    await expect(store.responses.patch(a.id, "nobody", 1, { answers: {} })).rejects.toMatchObject({
      message: "No response saved yet",
    });
    const renamed = await store.responses.patch(a.id, "ann", 2, { institution: "finance", answers: {} });
    expect(renamed.institution).toBe("finance");
    await store.responses.create(a.id, "ben", { answers: { x: { level: 0 } } });
    expect((await store.responses.list(a.id)).map((r) => r.respondent)).toEqual(["ann", "ben"]);
    expect(await store.responses.find(a.id, "cid")).toBeUndefined();
    expect(await store.assessments.get(a.id)).toMatchObject({ version: 1, answers: {} });
  });

  it("reads a partition of many responses across pages", async () => {
    const a = await store.assessments.create({ ...base, country: "GHA", cycle: 2026 });
    const big = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`indicator-${i}`, { level: 1 as const, note: "n".repeat(1900) }]),
    );
    await Promise.all(Array.from({ length: 6 }, (_, i) => store.responses.create(a.id, `r${i}`, { answers: big })));
    expect(await store.responses.list(a.id)).toHaveLength(6);
  });
});
