import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import { EMBEDDED_STORE_ENDPOINT, startEmbeddedDynamo } from "../../functions/local/embedded-dynamo.ts";
import { createDocumentClient } from "../../functions/store/create-store.ts";
import { tableDefinition } from "../../functions/store/table-definition.ts";

export interface TestTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  endpoint: string;
  close: () => Promise<void>;
}

let counter = 0;

/**
 * A fresh table on a real DynamoDB-compatible server: in-process dynalite by default, or the server at
 * DYNAMODB_ENDPOINT (the conformance run points this at the official DynamoDB Local).
 */
export async function startTestTable(options: { maxAttempts?: number; inProcess?: boolean } = {}): Promise<TestTable> {
  const external = process.env.DYNAMODB_ENDPOINT;
  const server = await startServer(external, options.inProcess === true);
  const client = createDocumentClient({
    ...server.connection,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
  counter += 1;
  const tableName = `test-${process.pid}-${counter}-${Date.now()}`;
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  await untilActive(client, tableName);
  const close = async () => {
    if (external) await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
    client.destroy();
    await server.close();
  };
  return { client, tableName, endpoint: server.endpoint, close };
}

/**
 * The server at DYNAMODB_ENDPOINT; else in-memory dynalite, either in its own thread as the local server runs it
 * (`inProcess`: no socket between SDK and store) or listening on a loopback port.
 */
async function startServer(external: string | undefined, inProcess: boolean) {
  if (external) return { connection: { endpoint: external }, endpoint: external, close: async () => undefined };
  if (inProcess) return { ...(await startEmbeddedDynamo()), endpoint: EMBEDDED_STORE_ENDPOINT };
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const endpoint = await listen(server);
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { connection: { endpoint }, endpoint, close };
}

function listen(server: ReturnType<typeof dynalite>): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
}

/** Tables become ACTIVE asynchronously, even with dynalite's createTableMs at 0. */
async function untilActive(client: DynamoDBDocumentClient, TableName: string): Promise<void> {
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    if (Table?.TableStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
