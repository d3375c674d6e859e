import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPrefixQueryCache } from "../../functions/local/prefix-query-cache.ts";
import { WHOLE_PREFIX_CONDITION } from "../../functions/store/partition-query.ts";
import type { StoreClient } from "../../functions/store/store-context.ts";
import { startTestTable, type TestTable } from "../support/dynamo.ts";
import { jitteryClient } from "../support/jittery-client.ts";

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable({ inProcess: true });
});
afterAll(() => table.close());

let n = 0;
const freshPartition = () => {
  n += 1;
  return `ASSESSMENT#q${n}`;
};
const list = (client: StoreClient, pk: string, prefix = "RESPONSE#", extra: Record<string, unknown> = {}) =>
  client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: WHOLE_PREFIX_CONDITION,
      ExpressionAttributeValues: { ":p": pk, ":s": prefix },
      ConsistentRead: true,
      ...extra,
    }),
  );
const put = (client: StoreClient, pk: string, sk: string, value = 1) =>
  client.send(new PutCommand({ TableName: table.tableName, Item: { pk, sk, value } }));
const setValue = (client: StoreClient, pk: string, sk: string, value: number) =>
  client.send(
    new UpdateCommand({
      TableName: table.tableName,
      Key: { pk, sk },
      UpdateExpression: "SET #v = :v",
      ExpressionAttributeNames: { "#v": "value" },
      ExpressionAttributeValues: { ":v": value },
    }),
  );
const remove = (client: StoreClient, pk: string, sk: string) =>
  client.send(new DeleteCommand({ TableName: table.tableName, Key: { pk, sk } }));
const sks = (out: { Items?: Record<string, unknown>[] }) => (out.Items ?? []).map((i) => i.sk);

describe("prefix query cache", () => {
  it("serves a second whole-prefix query from memory, frozen", async () => {
    const cache = withPrefixQueryCache(table.client);
    const pk = freshPartition();
    await put(table.client, pk, "META");
    await put(table.client, pk, "RESPONSE#a");
    const first = await list(cache, pk);
    const second = await list(cache, pk);
    expect(sks(second)).toEqual(["RESPONSE#a"]);
    expect(second.Items).toBe(first.Items);
    expect(Object.isFrozen(second.Items?.[0])).toBe(true);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, partitions: 1 });
  });

  it("drops a list when an item under its prefix is written, and keeps it when another item of the partition is", async () => {
    const cache = withPrefixQueryCache(table.client);
    const pk = freshPartition();
    await put(table.client, pk, "RESPONSE#a");
    await list(cache, pk);
    await setValue(cache, pk, "META", 3);
    expect(sks(await list(cache, pk))).toEqual(["RESPONSE#a"]);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
    await put(cache, pk, "RESPONSE#b");
    expect(sks(await list(cache, pk))).toEqual(["RESPONSE#a", "RESPONSE#b"]);
    await remove(cache, pk, "RESPONSE#a");
    expect(sks(await list(cache, pk))).toEqual(["RESPONSE#b"]);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 3 });
  });

  it("drops a list when a write fails, as the write may have been anything", async () => {
    const cache = withPrefixQueryCache(table.client);
    const pk = freshPartition();
    await put(table.client, pk, "RESPONSE#a");
    await list(cache, pk);
    const failing = new PutCommand({
      TableName: table.tableName,
      Item: { pk, sk: "RESPONSE#a" },
      ConditionExpression: "attribute_not_exists(pk)",
    });
    await expect(cache.send(failing)).rejects.toThrow();
    await list(cache, pk);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2 });
  });

  it("never lets a query that raced a write to its partition fill the cache", async () => {
    const gates: Array<() => void> = [];
    const gated: StoreClient = {
      send: (async (command: QueryCommand) => {
        const out = await table.client.send(command);
        if (command instanceof QueryCommand) await new Promise<void>((open) => gates.push(open));
        return out;
      }) as StoreClient["send"],
    };
    const cache = withPrefixQueryCache(gated);
    const pk = freshPartition();
    const slow = list(cache, pk);
    await new Promise((r) => setTimeout(r, 20));
    await put(cache, pk, "RESPONSE#a");
    for (const open of gates.splice(0)) open();
    expect(sks(await slow)).toEqual([]);
    const after = list(cache, pk);
    await new Promise((r) => setTimeout(r, 20));
    for (const open of gates.splice(0)) open();
    expect(sks(await after)).toEqual(["RESPONSE#a"]);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2 });
  });

  it("passes other queries through: limits, later pages, other conditions, and lists read in several pages", async () => {
    const cache = withPrefixQueryCache(table.client);
    const pk = freshPartition();
    await put(table.client, pk, "RESPONSE#a");
    await put(table.client, pk, "RESPONSE#b");
    expect(sks(await list(cache, pk, "RESPONSE#", { Limit: 1 }))).toEqual(["RESPONSE#a"]);
    const later = { ExclusiveStartKey: { pk, sk: "RESPONSE#a" } };
    expect(sks(await list(cache, pk, "RESPONSE#", later))).toEqual(["RESPONSE#b"]);
    const other = new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: { ":p": pk },
    });
    expect(sks(await cache.send(other))).toEqual(["RESPONSE#a", "RESPONSE#b"]);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0 });
    const paged: StoreClient = {
      send: (async (command: QueryCommand) => ({
        ...(await table.client.send(command)),
        LastEvaluatedKey: { pk, sk: "RESPONSE#b" },
      })) as StoreClient["send"],
    };
    const pagedCache = withPrefixQueryCache(paged);
    await list(pagedCache, pk);
    await list(pagedCache, pk);
    expect(pagedCache.stats()).toMatchObject({ hits: 0, misses: 2, partitions: 0 });
  });

  it("evicts the least recently used partition beyond its bound", async () => {
    const cache = withPrefixQueryCache(table.client, 2);
    const [a, b, c] = [freshPartition(), freshPartition(), freshPartition()];
    await list(cache, a);
    await list(cache, b);
    await list(cache, a);
    await list(cache, c);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 3, partitions: 2 });
    await list(cache, a);
    await list(cache, b);
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 4 });
  });

  it("lists what the table holds after any interleaving of concurrent queries and writes", async () => {
    const op = fc.record({
      kind: fc.constantFrom("list", "put", "delete", "update-meta"),
      item: fc.constantFrom("RESPONSE#a", "RESPONSE#b", "REVIEW#a"),
      prefix: fc.constantFrom("RESPONSE#", "REVIEW#"),
      delay: fc.nat(3),
    });
    await fc.assert(
      // Batches run one after another, their operations at once: lists fill between batches and race within one.
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (batches) => {
          const jittery = jitteryClient(table.client);
          const cache = withPrefixQueryCache(jittery);
          const pk = freshPartition();
          await put(table.client, pk, "META");
          let i = 0;
          for (const ops of batches) {
            await Promise.all(
              ops.map(async (o) => {
                i += 1;
                const value = i;
                await new Promise((r) => setTimeout(r, o.delay));
                if (o.kind === "list") return list(cache, pk, o.prefix);
                if (o.kind === "put") return put(cache, pk, o.item, value);
                if (o.kind === "delete") return remove(cache, pk, o.item);
                return setValue(cache, pk, "META", value);
              }),
            );
          }
          for (const prefix of ["RESPONSE#", "REVIEW#"]) {
            expect((await list(cache, pk, prefix)).Items).toEqual((await list(table.client, pk, prefix)).Items);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
