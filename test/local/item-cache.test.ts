import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StoreClient, withItemCache } from "../../functions/local/item-cache.ts";
import { startTestTable, type TestTable } from "../support/dynamo.ts";
import { jitteryClient } from "../support/jittery-client.ts";

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable({ inProcess: true });
});
afterAll(() => table.close());

let n = 0;
const freshKey = () => {
  n += 1;
  return { pk: `ITEM#${n}`, sk: "META" };
};
const get = (client: StoreClient, Key: Record<string, string>) =>
  client.send(new GetCommand({ TableName: table.tableName, Key, ConsistentRead: true }));
const put = (client: StoreClient, Item: Record<string, unknown>) =>
  client.send(new PutCommand({ TableName: table.tableName, Item }));
const setValue = (client: StoreClient, Key: Record<string, string>, value: number) =>
  client.send(
    new UpdateCommand({
      TableName: table.tableName,
      Key,
      UpdateExpression: "SET #v = :v",
      ExpressionAttributeNames: { "#v": "value" },
      ExpressionAttributeValues: { ":v": value },
      ReturnValues: "ALL_NEW",
    }),
  );

/** A client whose calls wait until the test lets them through, to force one interleaving of a read and a write. */
function gatedClient(inner: StoreClient) {
  const gates: Array<() => void> = [];
  const client: StoreClient = {
    send: (async (command: GetCommand) => {
      const out = await inner.send(command);
      if (command instanceof GetCommand) await new Promise<void>((open) => gates.push(open));
      return out;
    }) as StoreClient["send"],
  };
  const releaseReads = () => {
    for (const open of gates.splice(0)) open();
  };
  return { client, releaseReads };
}

describe("item cache", () => {
  it("serves a second read of an item from memory, frozen", async () => {
    const cache = withItemCache(table.client);
    const Key = freshKey();
    await put(table.client, { ...Key, value: 1, nested: { a: [1] } });
    const first = await get(cache, Key);
    const second = await get(cache, Key);
    expect(second.Item).toEqual({ ...Key, value: 1, nested: { a: [1] } });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
    expect(Object.isFrozen((second.Item as { nested: object }).nested)).toBe(true);
    expect(second.Item).toBe(first.Item);
  });

  it("caches items holding binary attributes, whose bytes cannot be frozen", async () => {
    const cache = withItemCache(table.client);
    const Key = freshKey();
    await put(table.client, { ...Key, entry: { blob: new Uint8Array([1, 2, 3]) } });
    await get(cache, Key);
    const second = await get(cache, Key);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
    expect(Array.from((second.Item as { entry: { blob: Uint8Array } }).entry.blob)).toEqual([1, 2, 3]);
    expect(Object.isFrozen((second.Item as { entry: object }).entry)).toBe(true);
  });

  const writes: Array<[string, (c: StoreClient, key: Record<string, string>) => Promise<unknown>, unknown]> = [
    ["PutItem", (c, Key) => put(c, { ...Key, value: 2 }), 2],
    ["UpdateItem", (c, Key) => setValue(c, Key, 3), 3],
    ["DeleteItem", (c, Key) => c.send(new DeleteCommand({ TableName: table.tableName, Key })), undefined],
    [
      "BatchWriteItem",
      (c, Key) =>
        c.send(
          new BatchWriteCommand({
            RequestItems: { [table.tableName]: [{ PutRequest: { Item: { ...Key, value: 4 } } }] },
          }),
        ),
      4,
    ],
  ];
  it.each(writes)("drops an item when %s writes it", async (_name, write, expected) => {
    const cache = withItemCache(table.client);
    const Key = freshKey();
    await put(table.client, { ...Key, value: 1 });
    await get(cache, Key);
    await write(cache, Key);
    expect((await get(cache, Key)).Item?.value).toBe(expected);
  });

  it("drops an item when a conditional write fails, as the write may have been anything", async () => {
    const cache = withItemCache(table.client);
    const Key = freshKey();
    await put(table.client, { ...Key, value: 1 });
    await get(cache, Key);
    const failing = new PutCommand({
      TableName: table.tableName,
      Item: Key,
      ConditionExpression: "attribute_not_exists(pk)",
    });
    await expect(cache.send(failing)).rejects.toThrow();
    await get(cache, Key);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 2 });
  });

  it("never lets a read that raced a write put back the older item", async () => {
    const gated = gatedClient(table.client);
    const cache = withItemCache(gated.client);
    const Key = freshKey();
    await put(table.client, { ...Key, value: 1 });
    const slowRead = get(cache, Key);
    await new Promise((r) => setTimeout(r, 20));
    await setValue(cache, Key, 2);
    gated.releaseReads();
    expect((await slowRead).Item?.value).toBe(1);
    const after = get(cache, Key);
    await new Promise((r) => setTimeout(r, 20));
    gated.releaseReads();
    expect((await after).Item?.value).toBe(2);
  });

  it("keeps the new item a lone update returns, without freezing the caller's copy", async () => {
    const cache = withItemCache(table.client);
    const Key = freshKey();
    await put(table.client, { ...Key, value: 1 });
    const out = await setValue(cache, Key, 5);
    expect(Object.isFrozen(out.Attributes)).toBe(false);
    expect((await get(cache, Key)).Item?.value).toBe(5);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 0 });
  });

  it("evicts the least recently used item beyond its bound, and passes projections and queries through", async () => {
    const cache = withItemCache(table.client, 2);
    const [a, b, c] = [freshKey(), freshKey(), freshKey()];
    for (const Key of [a, b, c]) await put(table.client, { ...Key, value: 1 });
    await get(cache, a);
    await get(cache, b);
    await get(cache, a);
    await get(cache, c);
    expect(cache.stats().entries).toBe(2);
    await get(cache, b);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 4 });
    const projected = new GetCommand({ TableName: table.tableName, Key: a, ProjectionExpression: "pk" });
    expect((await cache.send(projected)).Item).toEqual({ pk: a.pk });
    const query = new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: { ":p": a.pk },
    });
    expect((await cache.send(query)).Items).toHaveLength(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 4 });
  });

  it("reads what the table holds after any interleaving of concurrent reads and updates", async () => {
    const op = fc.record({
      kind: fc.constantFrom("read", "update"),
      item: fc.nat(2),
      value: fc.nat(100),
      delay: fc.nat(3),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const jittery = jitteryClient(table.client);
        const cache = withItemCache(jittery);
        const Keys = [freshKey(), freshKey(), freshKey()];
        await Promise.all(Keys.map((Key) => put(table.client, { ...Key, value: -1 })));
        await Promise.all(
          ops.map(async (o, i) => {
            await new Promise((r) => setTimeout(r, o.delay));
            const Key = Keys[o.item] as Record<string, string>;
            return o.kind === "read" ? get(cache, Key) : setValue(cache, Key, o.value * 100 + i);
          }),
        );
        for (const Key of Keys) expect((await get(cache, Key)).Item).toEqual((await get(table.client, Key)).Item);
      }),
      { numRuns: 100 },
    );
  });
});
