import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Publication } from "../core/publication.ts";
import { thinkTankKeys as k } from "./publication-keys.ts";
import { publicationFrom } from "./publication-set.ts";
import { guarded } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/**
 * Reads of public entries only. They go through sparse indexes that pooled and private entries never enter, so
 * these reads cannot return them whatever the filter.
 */
export function publicPublications(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function page(index: "gsi1" | "gsi2", partition: string, prefix: string, options: PageOptions) {
    // DynamoDB refuses begins_with on an empty string, so the prefix condition is added only when there is one.
    const values: Record<string, string> = { ":p": partition };
    if (prefix !== "") values[":s"] = prefix;
    const out = await guarded(() =>
      client.send(
        new QueryCommand({
          TableName,
          IndexName: index,
          KeyConditionExpression: `${index}pk = :p${prefix === "" ? "" : ` AND begins_with(${index}sk, :s)`}`,
          ExpressionAttributeValues: values,
          ScanIndexForward: options.newestFirst !== true,
          Limit: options.limit,
          ExclusiveStartKey: options.start,
        }),
      ),
    );
    const items = (out.Items ?? []).map(publicationFrom).filter((p): p is Publication => p !== undefined);
    return { items, next: out.LastEvaluatedKey };
  }

  /** Public entries of one instrument version (one cycle, or all), by cycle then country, a page at a time. */
  async function* pages(instrumentId: string, instrumentVersion: string, cycle?: number, limit = 100) {
    const prefix = cycle === undefined ? "" : k.cyclePrefix(cycle);
    let start: Record<string, unknown> | undefined;
    do {
      const out = await page("gsi1", k.publicOf(instrumentId, instrumentVersion), prefix, { limit, start });
      if (out.items.length > 0) yield out.items;
      start = out.next;
    } while (start);
  }

  /** Every public entry of one instrument version across cycles. */
  async function all(instrumentId: string, instrumentVersion: string): Promise<Publication[]> {
    const found: Publication[] = [];
    for await (const items of pages(instrumentId, instrumentVersion, undefined, 500)) found.push(...items);
    return found;
  }

  /** A country's public entries, newest cycle first (at most one per cycle, so the list stays short). */
  async function ofCountry(country: string): Promise<Publication[]> {
    const found: Publication[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await page("gsi2", k.profileOf(country), "", { newestFirst: true, start });
      found.push(...out.items);
      start = out.next;
    } while (start);
    return found;
  }

  return { pages, all, ofCountry };
}

interface PageOptions {
  limit?: number;
  start?: Record<string, unknown>;
  newestFirst?: boolean;
}
