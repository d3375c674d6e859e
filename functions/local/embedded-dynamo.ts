import { join } from "node:path";
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
} from "@aws-sdk/client-dynamodb";
import { tableDefinition } from "../store/table-definition.ts";
import { checkDataFolder } from "./data-folder.ts";
import { embeddedStoreSigner } from "./embedded-store-signer.ts";
import { startStoreThread } from "./store-thread.ts";

export type DynamoConnection = Pick<DynamoDBClientConfig, "endpoint" | "requestHandler" | "signer">;

/** The address the SDK is given for the embedded store: never dialled, since the requests are posted to its thread. */
export const EMBEDDED_STORE_ENDPOINT = "http://embedded-dynalite.localhost";

/**
 * Opens dynalite persisted under `dataDir` (in memory without one, for tests) in a thread of this process
 * (`store-thread.ts`). The SDK posts requests to that thread (no socket: a loopback connection measured 1.5x slower
 * for GetItem) and labels them instead of signing them (`embedded-store-signer.ts`). `stopped` settles if the store
 * fails while running.
 */
export async function startEmbeddedDynamo(dataDir?: string) {
  const path = dataDir === undefined ? undefined : join(dataDir, "dynamodb");
  if (path !== undefined) await checkDataFolder(path);
  const thread = await startStoreThread(path);
  const connection = {
    endpoint: EMBEDDED_STORE_ENDPOINT,
    requestHandler: thread.requestHandler,
    signer: embeddedStoreSigner,
  };
  return { connection: connection as DynamoConnection, stopped: thread.stopped, close: thread.close };
}

/** Creates the table when it is missing and waits until it is active. */
export async function ensureTable(
  connection: DynamoConnection,
  region: string,
  tableName: string,
  definition = tableDefinition(tableName),
): Promise<void> {
  const client = new DynamoDBClient({
    region,
    ...connection,
    ...(connection.endpoint ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  try {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const status = await describe(client, tableName);
      if (status === "ACTIVE") return;
      if (status === undefined) await client.send(new CreateTableCommand(definition));
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
