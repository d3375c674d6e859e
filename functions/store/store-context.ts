import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { ValidationError } from "../core/errors.ts";
import { guarded } from "./sdk-errors.ts";

/** The one client method the repositories use; a cache (functions/local) can stand in for the client behind it. */
export type StoreClient = Pick<DynamoDBDocumentClient, "send">;

/** What every repository needs: the client, the table, and injected clock and id source for determinism. */
export interface StoreContext {
  client: StoreClient;
  tableName: string;
  now: () => Date;
  newId: () => string;
}

/** Opaque pagination token: the last evaluated key, checked on the way back in. */
export function encodeToken(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString("base64url") : undefined;
}

/**
 * The attributes a start key of a query must hold: the table key and, for an index, its own key. A token holding
 * any other set would reach DynamoDB as an invalid start key (a 500), so it is refused here as a 400.
 */
function startKeyAttributes(expected: Record<string, string>): string[] {
  const indexKeys = Object.keys(expected).flatMap((k) => (k === "pk" ? [] : [k, `${k.slice(0, -2)}sk`]));
  return [...new Set(["pk", "sk", ...indexKeys])].sort();
}

export function decodeToken(
  token: string | undefined,
  expected: Record<string, string>,
): Record<string, unknown> | undefined {
  if (token === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    key = undefined;
  }
  const valid =
    typeof key === "object" &&
    key !== null &&
    !Array.isArray(key) &&
    Object.values(key).every((v) => typeof v === "string") &&
    Object.keys(key).sort().join() === startKeyAttributes(expected).join() &&
    Object.entries(expected).every(([k, v]) => (key as Record<string, unknown>)[k] === v);
  if (!valid) throw new InvalidTokenError();
  return key as Record<string, unknown>;
}

class InvalidTokenError extends ValidationError {
  constructor() {
    super("nextToken", "nextToken is not a token this list issued");
  }
}

type Item = Record<string, unknown>;

/** One page of a query: its items and the key to resume from (undefined on the last page). */
export async function queryPage(client: StoreClient, input: QueryCommandInput) {
  const out = await guarded(() => client.send(new QueryCommand(input)));
  return { items: (out.Items ?? []) as Item[], next: out.LastEvaluatedKey };
}

/** Every page of a query from `input.ExclusiveStartKey` on: the one pagination loop of the store. */
export async function* queryPages(client: StoreClient, input: QueryCommandInput): AsyncGenerator<Item[]> {
  let start = input.ExclusiveStartKey;
  do {
    const page = await queryPage(client, { ...input, ExclusiveStartKey: start });
    yield page.items;
    start = page.next;
  } while (start);
}

/** Every item of a query, all pages. */
export async function queryAll(client: StoreClient, input: QueryCommandInput): Promise<Item[]> {
  const found: Item[] = [];
  for await (const items of queryPages(client, input)) found.push(...items);
  return found;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/**
 * One page of a list a client pages through with `nextToken`: the token is checked to belong to this list's
 * partition (`partitionKey`), and the next one issued from where the page ended.
 */
export async function listPage<T>(
  client: StoreClient,
  input: QueryCommandInput,
  cursor: { nextToken?: string; partitionKey: Record<string, string> },
  toItem: (item: Item) => T,
): Promise<Page<T>> {
  const start = decodeToken(cursor.nextToken, cursor.partitionKey);
  const page = await queryPage(client, { ...input, ExclusiveStartKey: start });
  return { items: page.items.map(toItem), nextToken: encodeToken(page.next) };
}
