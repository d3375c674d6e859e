import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Publication } from "../core/publication.ts";
import { thinkTankKeys as k } from "./keys.ts";
import { publicationFrom } from "./publication-set.ts";
import { queryAll, queryPages, type StoreContext } from "./store-context.ts";

const released = (items: Record<string, unknown>[]) =>
  items.map(publicationFrom).filter((p): p is Publication => p !== undefined);

/**
 * Reads of public entries only. They go through sparse indexes that pooled and private entries never enter, so
 * these reads cannot return them whatever the filter.
 */
export function publicPublications(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  /** The query of one index partition, optionally narrowed to a sort-key prefix. */
  function query(index: "gsi1" | "gsi2", partition: string, prefix: string): QueryCommandInput {
    // DynamoDB refuses begins_with on an empty string, so the prefix condition is added only when there is one.
    const values: Record<string, string> = { ":p": partition };
    if (prefix !== "") values[":s"] = prefix;
    return {
      TableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :p${prefix === "" ? "" : ` AND begins_with(${index}sk, :s)`}`,
      ExpressionAttributeValues: values,
    };
  }

  /** Public entries of one instrument version (one cycle, or all), by cycle then country, a page at a time. */
  async function* pages(instrumentId: string, instrumentVersion: string, cycle?: number, limit = 100) {
    const prefix = cycle === undefined ? "" : k.cyclePrefix(cycle);
    const input = { ...query("gsi1", k.publicOf(instrumentId, instrumentVersion), prefix), Limit: limit };
    for await (const items of queryPages(client, input)) {
      const page = released(items);
      if (page.length > 0) yield page;
    }
  }

  /** Every public entry of one instrument version across cycles. */
  async function all(instrumentId: string, instrumentVersion: string): Promise<Publication[]> {
    const found: Publication[] = [];
    for await (const items of pages(instrumentId, instrumentVersion, undefined, 500)) found.push(...items);
    return found;
  }

  /** A country's public entries, newest cycle first (at most one per cycle, so the list stays short). */
  async function ofCountry(country: string): Promise<Publication[]> {
    const input = { ...query("gsi2", k.profileOf(country), ""), ScanIndexForward: false };
    return released(await queryAll(client, input));
  }

  return { pages, all, ofCountry };
}
