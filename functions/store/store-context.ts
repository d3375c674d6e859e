import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { ValidationError } from "../core/errors.ts";

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
    Object.values(key).every((v) => typeof v === "string") &&
    Object.entries(expected).every(([k, v]) => (key as Record<string, unknown>)[k] === v);
  if (!valid) throw new InvalidTokenError();
  return key as Record<string, unknown>;
}

class InvalidTokenError extends ValidationError {
  constructor() {
    super("nextToken", "nextToken is not a token this list issued");
  }
}
