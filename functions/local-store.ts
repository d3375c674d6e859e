import { join } from "node:path";
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import { tableDefinition } from "./store/table-definition.ts";

/** Starts dynalite persisted under `dataDir`, on a loopback port; returns its endpoint and a closer. */
export async function startEmbeddedDynamo(dataDir: string): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server = dynalite({ path: join(dataDir, "dynamodb"), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { endpoint: `http://127.0.0.1:${port}`, close };
}

/** Creates the table when it is missing and waits until it is active. */
export async function ensureTable(endpoint: string | undefined, region: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  try {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const status = await describe(client, tableName);
      if (status === "ACTIVE") return;
      if (status === undefined) await client.send(new CreateTableCommand(tableDefinition(tableName)));
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`table ${tableName} did not become active`);
  } finally {
    client.destroy();
  }
}

async function describe(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return out.Table?.TableStatus;
  } catch (error) {
    if ((error as Error).name === "ResourceNotFoundException") return undefined;
    throw error;
  }
}
