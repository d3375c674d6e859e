import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../../functions/core/errors.ts";
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
    newId: sequentialIds("a"),
  });
});
afterAll(() => table.close());

const base = { instrumentId: "un-peace-ops-readiness", instrumentVersion: "2026.1" };

describe("assessments repository", () => {
  it("creates one assessment per country and cycle and reports the existing id on a second create", async () => {
    const first = await store.assessments.create({ ...base, country: "CAN", cycle: 2026 });
    expect(first).toMatchObject({ country: "CAN", cycle: 2026, version: 1, status: "draft", visibility: "private" });
    const second = store.assessments.create({ ...base, country: "CAN", cycle: 2026 });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toMatchObject({ code: "assessment_exists", details: { assessmentId: first.id } });
  });

  it("lets only one of many concurrent creators win", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => store.assessments.create({ ...base, country: "NOR", cycle: 2026 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("merges answers per indicator and bumps the version; a stale version conflicts with the current state", async () => {
    const a = await store.assessments.create({ ...base, country: "GHA", cycle: 2026 });
    const v2 = await store.assessments.patch(a.id, 1, { answers: { x: { level: 2 }, y: { level: "unknown" } } });
    const v3 = await store.assessments.patch(a.id, 2, {
      answers: { y: null, z: { level: "na", reason: "no" } },
      profile: { q: ["o"] },
    });
    expect(v2.version).toBe(2);
    expect(v3).toMatchObject({
      version: 3,
      answers: { x: { level: 2 }, z: { level: "na", reason: "no" } },
      profile: { q: ["o"] },
    });
    expect(v3.answers.y).toBeUndefined();
    const stale = store.assessments.patch(a.id, 2, { answers: { x: { level: 3 } } });
    await expect(stale).rejects.toMatchObject({ code: "version_conflict", details: { current: { version: 3 } } });
    expect((await store.assessments.get(a.id)).answers.x).toEqual({ level: 2 });
  });

  it("answers not found for unknown ids", async () => {
    await expect(store.assessments.get("missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.assessments.patch("missing", 1, { answers: {} })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.assessments.setVisibility("missing", "public", "t")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists a country's assessments by cycle with pagination and refuses foreign tokens", async () => {
    for (const cycle of [2024, 2025, 2027]) await store.assessments.create({ ...base, country: "BRA", cycle });
    const page1 = await store.assessments.list({ country: "BRA", limit: 2 });
    expect(page1.items.map((i) => i.cycle)).toEqual([2027, 2025]);
    const page2 = await store.assessments.list({ country: "BRA", limit: 2, nextToken: page1.nextToken });
    expect(page2.items.map((i) => i.cycle)).toEqual([2024]);
    expect((await store.assessments.list({ country: "BRA", cycle: 2025, limit: 10 })).items).toHaveLength(1);
    const other = store.assessments.list({ country: "CAN", limit: 2, nextToken: page1.nextToken });
    await expect(other).rejects.toBeInstanceOf(ValidationError);
    await expect(store.assessments.list({ country: "CAN", limit: 2, nextToken: "%%%" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const all = await store.assessments.list({ limit: 100 });
    expect(all.items.length).toBeGreaterThanOrEqual(6);
  });

  it("records visibility without bumping the answers' version, and keeps an audit trail", async () => {
    const a = await store.assessments.create({ ...base, country: "SEN", cycle: 2026 });
    const changed = await store.assessments.setVisibility(a.id, "pooled", "2026-01-01T00:00:00.000Z");
    expect(changed).toMatchObject({ visibility: "pooled", version: 1 });
    await store.visibilityLog.append(a.id, {
      visibility: "pooled",
      previous: "private",
      changedAt: "2026-01-01T00:00:00.000Z",
      changedBy: "u1",
    });
    await store.visibilityLog.append(a.id, {
      visibility: "public",
      previous: "pooled",
      changedAt: "2026-01-02T00:00:00.000Z",
      changedBy: "u2",
    });
    const log = await store.visibilityLog.list(a.id, 10);
    expect(log.items.map((c) => c.visibility)).toEqual(["public", "pooled"]);
  });
});
