import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Publication } from "../core/publication.ts";
import { thinkTankKeys as k, type SetKey, withoutKeys } from "./keys.ts";
import { conditional, guarded } from "./sdk-errors.ts";
import { queryAll, type StoreContext } from "./store-context.ts";

/** A stored item back as a publication (keys, indexes and the stamp removed); undefined for a withdrawn entry. */
export function publicationFrom(item: Record<string, unknown> | undefined): Publication | undefined {
  if (!item || item.visibility === "private") return undefined;
  return withoutKeys<Publication>(item, ["seq", "pending"]);
}

/** Public entries also go into the two sparse indexes that exports, analyst cohorts and profiles read. */
function publicIndexKeys(set: SetKey, p: Publication) {
  if (p.visibility !== "public") return {};
  return {
    gsi1pk: k.publicOf(set.instrumentId, set.instrumentVersion),
    gsi1sk: k.publicSort(set.cycle, p.country),
    gsi2pk: k.profileOf(p.country),
    gsi2sk: k.profileSort(set),
  };
}

/** The publication set of one (instrument, version, cycle): one entry per country plus a version counter. */
export function publicationSet(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  /** Increments the set's counter and returns the new value: a total order over everything done to the set. */
  async function bump(set: SetKey): Promise<number> {
    const out = await guarded(() =>
      client.send(
        new UpdateCommand({
          TableName,
          Key: k.setCounter(set),
          UpdateExpression: "ADD #seq :one",
          ExpressionAttributeNames: { "#seq": "seq" },
          ExpressionAttributeValues: { ":one": 1 },
          ReturnValues: "UPDATED_NEW",
        }),
      ),
    );
    return Number(out.Attributes?.seq);
  }

  /**
   * Writes a country's entry stamped `seq`, unless an entry with a later stamp is there: a refresh that read the
   * assessment earlier can never overwrite one that read it later. `undefined` leaves a withdrawn entry with no
   * figures, which still carries the stamp. The entry is marked pending until {@link settle}: a change whose
   * recompute failed stays marked, so the next refresh recomputes even though the entry then looks unchanged.
   * Returns whether it wrote, and what it replaced.
   */
  async function put(set: SetKey, country: string, seq: number, publication: Publication | undefined) {
    const key = k.publication(set, country);
    const Item = publication
      ? { ...key, ...publicIndexKeys(set, publication), seq, pending: true, ...publication }
      : { ...key, seq, pending: true, country, visibility: "private" };
    const command = new PutCommand({
      TableName,
      Item,
      ConditionExpression: "attribute_not_exists(pk) OR #seq < :seq",
      ExpressionAttributeNames: { "#seq": "seq" },
      ExpressionAttributeValues: { ":seq": seq },
      ReturnValues: "ALL_OLD",
    });
    return conditional(
      async () => {
        const old = (await client.send(command)).Attributes;
        return { written: true, previous: publicationFrom(old), pending: old?.pending === true };
      },
      () => ({ written: false, previous: undefined, pending: false }),
    );
  }

  /** Clears the pending mark of the entry written with `seq` (a later write keeps its own mark). */
  async function settle(set: SetKey, country: string, seq: number): Promise<void> {
    const command = new UpdateCommand({
      TableName,
      Key: k.publication(set, country),
      UpdateExpression: "REMOVE pending",
      ConditionExpression: "#seq = :seq",
      ExpressionAttributeNames: { "#seq": "seq" },
      ExpressionAttributeValues: { ":seq": seq },
    });
    await conditional(
      () => client.send(command),
      () => undefined,
    );
  }

  /** Every released entry of the set (pooled and public), read consistently page by page. */
  async function list(set: SetKey): Promise<Publication[]> {
    const items = await queryAll(client, {
      TableName,
      KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
      ExpressionAttributeValues: { ":p": k.setPartition(set), ":s": k.publicationPrefix },
      ConsistentRead: true,
    });
    return items.map(publicationFrom).filter((p): p is Publication => p !== undefined);
  }

  return { bump, put, settle, list };
}
