import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { WHOLE_PREFIX_CONDITION } from "../store/partition-query.ts";
import type { StoreClient } from "../store/store-context.ts";
import { deepFreeze } from "./deep-freeze.ts";
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
  // Writes are numbered; a query may fill only if no write to its partition started or ended after it began.
  const lastWrite = new Map<string, number>();
  const writing = new Map<string, number>();
  let sequence = 0;
  let forgottenUpTo = 0;
  let hits = 0;
  let misses = 0;

  const touch = ({ table, pk, sk }: WrittenKey) => {
    const partition = partitionOf(table, pk);
    sequence += 1;
    lastWrite.delete(partition);
    lastWrite.set(partition, sequence);
    for (const prefix of lists.get(partition)?.keys() ?? []) {
      if (String(sk).startsWith(prefix)) lists.get(partition)?.delete(prefix);
    }
    if (lastWrite.size > maxPartitions) {
      const [oldest, at] = lastWrite.entries().next().value as [string, number];
      lastWrite.delete(oldest);
      forgottenUpTo = Math.max(forgottenUpTo, at);
    }
    return partition;
  };
  const remember = (partition: string, prefix: string, items: Item[]) => {
    const known = lists.get(partition) ?? new Map<string, Item[]>();
    lists.delete(partition);
    lists.set(partition, known.set(prefix, deepFreeze(items)));
    if (lists.size > maxPartitions) lists.delete(lists.keys().next().value as string);
  };
  const mayFill = (partition: string, startedAt: number) =>
    !writing.has(partition) && (lastWrite.get(partition) ?? forgottenUpTo) <= startedAt;

  async function cachedQuery(command: QueryCommand, query: { partition: string; prefix: string }) {
    const cached = lists.get(query.partition)?.get(query.prefix);
    if (cached) {
      hits += 1;
      return { $metadata: {}, Items: cached, Count: cached.length, ScannedCount: cached.length };
    }
    misses += 1;
    const startedAt = sequence;
    const out = await send(command);
    const items = out.LastEvaluatedKey === undefined ? out.Items : undefined;
    if (items && mayFill(query.partition, startedAt)) remember(query.partition, query.prefix, items);
    return out;
  }

  async function write(command: unknown, keys: WrittenKey[]) {
    for (const key of keys) {
      const partition = touch(key);
      writing.set(partition, (writing.get(partition) ?? 0) + 1);
    }
    try {
      return await send(command as QueryCommand);
    } finally {
      for (const key of keys) {
        const partition = touch(key);
        const left = (writing.get(partition) ?? 1) - 1;
        if (left > 0) writing.set(partition, left);
        else writing.delete(partition);
      }
    }
  }

  const send = client.send.bind(client) as StoreClient["send"];
  const cachedSend = ((command: unknown, ...rest: unknown[]) => {
    if (rest.length > 0) return (send as (...args: unknown[]) => unknown)(command, ...rest);
    const query = command instanceof QueryCommand ? wholePrefixQuery(command) : undefined;
    if (query && command instanceof QueryCommand) return cachedQuery(command, query);
    const keys = writtenKeys(command);
    return keys ? write(command, keys) : send(command as QueryCommand);
  }) as StoreClient["send"];

  const partitions = () => [...lists.values()].filter((byPrefix) => byPrefix.size > 0).length;
  return { send: cachedSend, stats: () => ({ hits, misses, partitions: partitions() }) };
}
