import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import { inProcessHandler } from "../../functions/local/in-process-transport.ts";
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
  const server = external ? undefined : dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const endpoint = external ?? (await listen(server as ReturnType<typeof dynalite>));
  // `inProcess` talks to dynalite the way the local server does: no socket between SDK and store.
  const listener = server?.listeners("request")[0] as Parameters<typeof inProcessHandler>[0] | undefined;
  const client = createDocumentClient({
    endpoint,
    ...(options.inProcess && listener ? { requestHandler: inProcessHandler(listener) } : {}),
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
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { client, tableName, endpoint, close };
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
