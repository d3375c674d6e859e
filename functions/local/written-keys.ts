import { BatchWriteCommand, DeleteCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";

/** The table and primary key of one item a command writes. */
export interface WrittenKey {
  table: string | undefined;
  pk: unknown;
  sk: unknown;
}

type Key = { pk?: unknown; sk?: unknown } | undefined;
const written = (table: string | undefined, key: Key): WrittenKey => ({ table, pk: key?.pk, sk: key?.sk });

/** The items a command writes, or undefined when the command is not a write (the caches in front of the store). */
export function writtenKeys(command: unknown): WrittenKey[] | undefined {
  if (command instanceof PutCommand) return [written(command.input.TableName, command.input.Item as Key)];
  if (command instanceof UpdateCommand || command instanceof DeleteCommand) {
    return [written(command.input.TableName, command.input.Key as Key)];
  }
  if (command instanceof BatchWriteCommand) {
    return Object.entries(command.input.RequestItems ?? {}).flatMap(([table, requests]) =>
      requests.map((r) => written(table, (r.PutRequest?.Item ?? r.DeleteRequest?.Key) as Key)),
    );
  }
  return undefined;
}
