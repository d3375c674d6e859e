import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { WHOLE_PREFIX_CONDITION } from "../store/partition-query.ts";
import type { StoreClient } from "../store/store-context.ts";
import { deepFreeze } from "./deep-freeze.ts";
import { WriteLog } from "./write-log.ts";
import { type WrittenKey, writtenKeys } from "./written-keys.ts";

type Item = Record<string, unknown>;

export interface PrefixQueryCacheStats {
  hits: number;
  misses: number;
  partitions: number;
}

const partitionOf = (table: unknown, pk: unknown) => `${String(table)}\u0000${String(pk)}`;

/** The partition and prefix of a whole-prefix query read in one page, or undefined for any other query. */
function wholePrefixQuery(command: QueryCommand): { partition: string; prefix: string } | undefined {
  const { KeyConditionExpression, ExpressionAttributeValues: values, ...rest } = command.input;
  if (KeyConditionExpression !== WHOLE_PREFIX_CONDITION || typeof values?.[":s"] !== "string") return undefined;
  const { TableName, ConsistentRead, ExclusiveStartKey, ...other } = rest;
  if (ExclusiveStartKey !== undefined || Object.keys(other).length > 0) return undefined;
  return { partition: partitionOf(TableName, values[":p"]), prefix: values[":s"] };
}

/**
 * A cache of whole-prefix queries (every item of one partition whose sort key starts with a prefix: an assessment's
 * respondents or reviews) in front of a client that is the only writer of its table, the embedded store. Every write
 * goes through `send`, so the cache sees them all: a write drops the cached lists of its partition whose prefix its
 * sort key starts with, before and after it runs, and a query fills the cache only when no write to its partition
 * started or ran meanwhile. Lists are deep-frozen, shared by every caller, and evicted least-recently-used by
 * partition beyond `maxPartitions`. Never use it where another process writes.
 */
export function withPrefixQueryCache(
  client: StoreClient,
  maxPartitions = 1000,
): StoreClient & { stats: () => PrefixQueryCacheStats } {
  const lists = new Map<string, Map<string, Item[]>>();
  const log = new WriteLog(maxPartitions);
  let hits = 0;
  let misses = 0;

  /** Drops the cached lists of a written item's partition whose prefix its sort key starts with. */
  const drop = ({ partition, sk }: { partition: string; sk: unknown }) => {
    const byPrefix = lists.get(partition);
    if (byPrefix === undefined) return;
    for (const prefix of byPrefix.keys()) if (String(sk).startsWith(prefix)) byPrefix.delete(prefix);
    if (byPrefix.size === 0) lists.delete(partition);
  };
  const remember = (partition: string, prefix: string, items: Item[]) => {
    const known = lists.get(partition) ?? new Map<string, Item[]>();
    lists.delete(partition);
    lists.set(partition, known.set(prefix, deepFreeze(items)));
    if (lists.size > maxPartitions) lists.delete(lists.keys().next().value as string);
  };

  async function cachedQuery(command: QueryCommand, query: { partition: string; prefix: string }) {
    const byPrefix = lists.get(query.partition);
    const cached = byPrefix?.get(query.prefix);
    if (byPrefix && cached) {
      hits += 1;
      lists.delete(query.partition);
      lists.set(query.partition, byPrefix);
      return { $metadata: {}, Items: cached, Count: cached.length, ScannedCount: cached.length };
    }
    misses += 1;
    const startedAt = log.now;
    const out = await send(command);
    const items = out.LastEvaluatedKey === undefined ? out.Items : undefined;
    if (items && log.mayFill(query.partition, startedAt)) remember(query.partition, query.prefix, items);
    return out;
  }

  async function write(command: unknown, keys: WrittenKey[]) {
    const written = keys.map(({ table, pk, sk }) => ({ partition: partitionOf(table, pk), sk }));
    for (const item of written) {
      drop(item);
      log.started(item.partition);
    }
    try {
      return await send(command as QueryCommand);
    } finally {
      for (const item of written) {
        drop(item);
        log.ended(item.partition);
      }
    }
  }

  const send = client.send.bind(client) as StoreClient["send"];
  const cachedSend = ((command: unknown, ...rest: unknown[]) => {
    if (rest.length > 0) return (send as (...args: unknown[]) => unknown)(command, ...rest);
    if (command instanceof QueryCommand) {
      const query = wholePrefixQuery(command);
      return query ? cachedQuery(command, query) : send(command);
    }
    const keys = writtenKeys(command);
    return keys ? write(command, keys) : send(command as QueryCommand);
  }) as StoreClient["send"];

  return { send: cachedSend, stats: () => ({ hits, misses, partitions: lists.size }) };
}
