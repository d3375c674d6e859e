import { BatchGetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CohortStats, TrendPoint } from "../core/statistics/cohort-stats.ts";
import { thinkTankKeys as k, type SetKey } from "./publication-keys.ts";
import { guarded, isConditionalFailure, translateSdkError } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/** What a recompute stamps on its output: the set version it read and the threshold it applied. */
export interface Stamp {
  setVersion: number;
  minCount: number;
}

export interface StoredStats extends Stamp {
  stats: CohortStats;
}

export interface StoredTrendPoint extends Stamp {
  point: TrendPoint;
}

const trendAttribute = /^c\d{4}$/;

/*
 * Figures are stored as one JSON string rather than a nested map: a statistic holds a few hundred nested numbers,
 * and one string attribute is much cheaper to marshal on every read than that many typed values.
 */
function storedStats(item: Record<string, unknown>): StoredStats {
  const { setVersion, minCount, stats } = item as unknown as Stamp & { stats: string };
  return { setVersion, minCount, stats: JSON.parse(stats) as CohortStats };
}

function storedPoint(entry: unknown): StoredTrendPoint {
  const { setVersion, minCount, point } = entry as Stamp & { point: string };
  return { setVersion, minCount, point: JSON.parse(point) as TrendPoint };
}

/** Conditional writes lose quietly: a later recompute of the same set has already written. */
async function unlessNewer(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isConditionalFailure(error)) throw translateSdkError(error);
  }
}

/**
 * Materialized statistics of built-in cohorts. Each item is written only over an older set version, so whatever
 * order concurrent recomputes finish in, the item ends up holding the recompute that read the latest set.
 */
export function materializedStats(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  function putStats(cohortId: string, set: SetKey, stamp: Stamp, stats: CohortStats): Promise<void> {
    return unlessNewer(() =>
      client.send(
        new PutCommand({
          TableName,
          Item: { ...k.stats(cohortId, set), ...stamp, stats: JSON.stringify(stats) },
          ConditionExpression: "attribute_not_exists(pk) OR setVersion < :v",
          ExpressionAttributeValues: { ":v": stamp.setVersion },
        }),
      ),
    );
  }

  /** One attribute per cycle on the cohort's trend item, so cycles never contend with each other. */
  function putTrendPoint(cohortId: string, set: SetKey, stamp: Stamp, point: TrendPoint): Promise<void> {
    return unlessNewer(() =>
      client.send(
        new UpdateCommand({
          TableName,
          Key: k.trend(cohortId, set.instrumentId, set.instrumentVersion),
          UpdateExpression: "SET #c = :entry",
          ConditionExpression: "attribute_not_exists(#c) OR #c.setVersion < :v",
          ExpressionAttributeNames: { "#c": k.trendAttribute(set.cycle) },
          ExpressionAttributeValues: { ":entry": { ...stamp, point: JSON.stringify(point) }, ":v": stamp.setVersion },
        }),
      ),
    );
  }

  /** The cohort's statistics for one cycle and its trend across cycles, in one BatchGetItem. */
  async function read(cohortId: string, set: SetKey): Promise<{ stats?: StoredStats; trend: StoredTrendPoint[] }> {
    const statsKey = k.stats(cohortId, set);
    const trendKey = k.trend(cohortId, set.instrumentId, set.instrumentVersion);
    let keys: Record<string, unknown>[] = [statsKey, trendKey];
    const items: Record<string, unknown>[] = [];
    // BatchGetItem may return some keys unprocessed under load; asking again for just those is the documented way.
    while (keys.length > 0) {
      const out = await guarded(() =>
        client.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: keys } } })),
      );
      items.push(...(out.Responses?.[TableName] ?? []));
      keys = out.UnprocessedKeys?.[TableName]?.Keys ?? [];
    }
    const statsItem = items.find((item) => item.pk === statsKey.pk);
    const trendItem = items.find((item) => item.pk === trendKey.pk) ?? {};
    const trend = Object.entries(trendItem)
      .filter(([name]) => trendAttribute.test(name))
      .map(([, entry]) => storedPoint(entry))
      .sort((a, b) => a.point.cycle - b.point.cycle);
    return { stats: statsItem ? storedStats(statsItem) : undefined, trend };
  }

  return { putStats, putTrendPoint, read };
}
