import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { StoreClient } from "../store/store-context.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { WriteLog } from "./write-log.ts";
import { writtenKeys } from "./written-keys.ts";

export type { StoreClient };

type Item = Record<string, unknown>;
type Key = { pk?: unknown; sk?: unknown };

export interface ItemCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

function cacheKey(table: string | undefined, key: Key | undefined): string {
  return `${table}\u0000${String(key?.pk)}\u0000${String(key?.sk)}`;
}

/**
 * A write-through cache of whole items in front of a client that is the only writer of its table — the embedded
 * store, whose files one process owns. Every write goes through `send`, so the cache sees them all: a write drops
 * the item before and after it runs, and a read fills the cache only when no write to that item started or ran
 * meanwhile, so a slow read can never put back an item older than a write it raced. Items are deep-frozen, shared
 * by every caller, and evicted least-recently-used beyond `maxEntries`. Never use it where another process writes.
 */
export function withItemCache(client: StoreClient, maxEntries = 1000): StoreClient & { stats: () => ItemCacheStats } {
  const items = new Map<string, Item>();
  const log = new WriteLog(maxEntries);
  let hits = 0;
  let misses = 0;

  const remember = (key: string, item: Item) => {
    items.delete(key);
    items.set(key, deepFreeze(item));
    if (items.size > maxEntries) items.delete(items.keys().next().value as string);
  };

  async function cachedGet(command: GetCommand, send: StoreClient["send"]) {
    const { TableName, Key, ProjectionExpression } = command.input;
    if (ProjectionExpression !== undefined) return send(command);
    const key = cacheKey(TableName, Key as Key);
    const cached = items.get(key);
    if (cached) {
      hits += 1;
      items.delete(key);
      items.set(key, cached);
      return { $metadata: {}, Item: cached };
    }
    misses += 1;
    const startedAt = log.now;
    const out = await send(command);
    if (out.Item && log.mayFill(key, startedAt)) remember(key, out.Item);
    return out;
  }

  async function write(command: unknown, keys: string[], send: StoreClient["send"]) {
    for (const key of keys) {
      items.delete(key);
      log.started(key);
    }
    const startedAt = log.now;
    let result: Item | undefined;
    try {
      const out = await send(command as UpdateCommand);
      if (command instanceof UpdateCommand && command.input.ReturnValues === "ALL_NEW") result = out.Attributes;
      return out;
    } finally {
      // The new item a lone update returns is the stored item; with another write overlapping, order is unknown.
      const [only] = keys;
      const alone = keys.length === 1 && only !== undefined && log.isLoneWrite(only, startedAt);
      for (const key of keys) {
        items.delete(key);
        log.ended(key);
      }
      if (alone && result) remember(only, structuredClone(result));
    }
  }

  const send = client.send.bind(client) as StoreClient["send"];
  const cachedSend = ((command: unknown, ...rest: unknown[]) => {
    if (rest.length > 0) return (send as (...args: unknown[]) => unknown)(command, ...rest);
    if (command instanceof GetCommand) return cachedGet(command, send);
    const keys = writtenKeys(command)?.map((k) => cacheKey(k.table, k));
    return keys ? write(command, keys, send) : send(command as GetCommand);
  }) as StoreClient["send"];

  return { send: cachedSend, stats: () => ({ hits, misses, entries: items.size }) };
}
