import { gunzipSync, gzipSync } from "node:zlib";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CohortStats, TrendPoint } from "../core/statistics/cohort-stats.ts";
import { thinkTankKeys as k, type SetKey } from "./keys.ts";
import { conditional, guarded } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/** What a recompute stamps on its output: the set version it read, the threshold and the rules it applied. */
export interface Stamp {
  setVersion: number;
  minCount: number;
  /** SUPPRESSION_RULES_VERSION when written: figures under other rules are recomputed before they are read. */
  rules: number;
}

export interface StoredStats extends Stamp {
  stats: CohortStats;
}

export interface StoredTrendPoint extends Stamp {
  point: TrendPoint;
}

export interface StoredFigures {
  stats?: StoredStats;
  trend: StoredTrendPoint[];
}

interface StoredEntry extends Stamp {
  point: string;
  /** Gzipped JSON. */
  stats: Uint8Array;
}

function parseStats(stored: Uint8Array): CohortStats {
  return JSON.parse(gunzipSync(stored).toString("utf8")) as CohortStats;
}

const cycleAttribute = /^c\d{4}$/;

/**
 * Materialized statistics of built-in cohorts: one item per cohort and instrument version, one attribute per cycle
 * holding that cycle's statistics and trend point, so a stats read — a cycle's figures and the trend across all
 * cycles — is one GetItem. Figures are JSON rather than typed attributes: a statistic holds a few hundred nested
 * numbers, and one value is much cheaper to marshal than that many. Statistics are gzipped (7 KB of JSON becomes
 * under 2 KB), since every read carries every cycle's; only the asked cycle's get unzipped and parsed.
 * Each attribute is written only over an older set version, so whatever order concurrent recomputes finish in, it
 * ends up holding the recompute that read the latest set, and cycles never contend with each other.
 */
export function materializedStats(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function put(cohortId: string, set: SetKey, stamp: Stamp, stats: CohortStats, point: TrendPoint) {
    const entry: StoredEntry = { ...stamp, point: JSON.stringify(point), stats: gzipSync(JSON.stringify(stats)) };
    const command = new UpdateCommand({
      TableName,
      Key: k.figures(cohortId, set.instrumentId, set.instrumentVersion),
      UpdateExpression: "SET #c = :entry",
      ConditionExpression: "attribute_not_exists(#c) OR #c.setVersion < :v",
      ExpressionAttributeNames: { "#c": k.cycleAttribute(set.cycle) },
      ExpressionAttributeValues: { ":entry": entry, ":v": stamp.setVersion },
    });
    // A failed condition means a later recompute of the same set has already written: losing is correct.
    await conditional(
      () => client.send(command),
      () => undefined,
    );
  }

  /** The cohort's statistics for one cycle and its trend across cycles, in one GetItem. */
  async function read(cohortId: string, set: SetKey): Promise<StoredFigures> {
    const Key = k.figures(cohortId, set.instrumentId, set.instrumentVersion);
    const out = await guarded(() => client.send(new GetCommand({ TableName, Key, ConsistentRead: true })));
    const entries = Object.entries(out.Item ?? {})
      .filter(([name]) => cycleAttribute.test(name))
      .map(([name, entry]) => [name, entry as StoredEntry] as const);
    const trend = entries
      .map(([, { setVersion, minCount, rules, point }]) => ({
        setVersion,
        minCount,
        rules,
        point: JSON.parse(point) as TrendPoint,
      }))
      .sort((a, b) => a.point.cycle - b.point.cycle);
    const asked = entries.find(([name]) => name === k.cycleAttribute(set.cycle))?.[1];
    const stats = asked === undefined ? undefined : { ...asked, stats: parseStats(asked.stats) };
    return { stats, trend };
  }

  return { put, read };
}
