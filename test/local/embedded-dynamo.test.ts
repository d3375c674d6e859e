import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "../../functions/core/errors.ts";
import { ensureTable, startEmbeddedDynamo } from "../../functions/local/embedded-dynamo.ts";
import { createDocumentClient, createStore, type Store } from "../../functions/store/create-store.ts";

let dir: string;
let embedded: Awaited<ReturnType<typeof startEmbeddedDynamo>>;
let store: Store;
const client = () =>
  createDocumentClient({
    region: "local",
    ...embedded.connection,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "reengage-embedded-"));
  embedded = await startEmbeddedDynamo(dir);
  await ensureTable(embedded.connection, "local", "reengage");
  await ensureTable(embedded.connection, "local", "reengage");
  let n = 0;
  store = createStore({
    client: client(),
    tableName: "reengage",
    now: () => new Date(),
    newId: () => {
      n += 1;
      return `e${n}`;
    },
  });
});
afterAll(async () => {
  await embedded.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the embedded store over the in-process transport", () => {
  it("creates the table once and round-trips items, conditions and queries", async () => {
    const a = await store.assessments.create({
      country: "CAN",
      cycle: 2026,
      instrumentId: "i",
      instrumentVersion: "2026.1",
    });
    const saved = await store.assessments.patch(a.id, 1, { answers: { x: { level: 2, note: "é ✓ 日本" } } });
    expect(saved.answers.x).toEqual({ level: 2, note: "é ✓ 日本" });
    await expect(store.assessments.patch(a.id, 1, { answers: { x: null } })).rejects.toBeInstanceOf(ConflictError);
    expect((await store.assessments.list({ country: "CAN", limit: 10 })).items.map((i) => i.id)).toEqual([a.id]);
  });
});
