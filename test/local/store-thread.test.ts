import { CreateTableCommand, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { EMBEDDED_STORE_ENDPOINT } from "../../functions/local/embedded-dynamo.ts";
import { StoreThreadStopped, startStoreThread } from "../../functions/local/store-thread.ts";
import { createDocumentClient } from "../../functions/store/create-store.ts";
import { tableDefinition } from "../../functions/store/table-definition.ts";

const TABLE = "thread-test";

function clientOf(thread: Awaited<ReturnType<typeof startStoreThread>>) {
  return createDocumentClient({
    region: "local",
    endpoint: EMBEDDED_STORE_ENDPOINT,
    requestHandler: thread.requestHandler,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
}

async function openThread() {
  const thread = await startStoreThread();
  const client = clientOf(thread);
  await client.send(new CreateTableCommand(tableDefinition(TABLE)));
  return { thread, client };
}

describe("the embedded store's thread", () => {
  it("answers each of many concurrent requests with its own item", async () => {
    const { thread, client } = await openThread();
    try {
      const ids = Array.from({ length: 60 }, (_, i) => i);
      await Promise.all(
        ids.map((i) => client.send(new PutCommand({ TableName: TABLE, Item: { pk: `P#${i}`, sk: "S", n: i } }))),
      );
      const items = await Promise.all(
        ids.map((i) => client.send(new GetCommand({ TableName: TABLE, Key: { pk: `P#${i}`, sk: "S" } }))),
      );
      expect(items.map((out) => out.Item?.n)).toEqual(ids);
    } finally {
      client.destroy();
      await thread.close();
    }
  });

  it("fails a request once the thread has stopped, instead of leaving it waiting", async () => {
    const { thread, client } = await openThread();
    await thread.close();
    const read = client.send(new GetCommand({ TableName: TABLE, Key: { pk: "P#1", sk: "S" } }));
    await expect(read).rejects.toBeInstanceOf(StoreThreadStopped);
    client.destroy();
  });

  it("reports a stop it was not asked for, such as a store that cannot open its files", async () => {
    // LevelDB cannot make a folder under a file: the store fails on its first request and its thread stops.
    const thread = await startStoreThread("/dev/null/store");
    const client = clientOf(thread);
    await expect(client.send(new ListTablesCommand({}))).rejects.toBeInstanceOf(StoreThreadStopped);
    await expect(thread.stopped).resolves.toBeInstanceOf(StoreThreadStopped);
    client.destroy();
    await thread.close();
  });

  it("does not report the stop that close asked for", async () => {
    const thread = await startStoreThread();
    await thread.close();
    const notStopped = new Promise((resolve) => setTimeout(() => resolve("running until closed"), 100));
    expect(await Promise.race([thread.stopped, notStopped])).toBe("running until closed");
  });
});
