import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { keys, withoutKeys } from "./keys.ts";
import { conditional, guarded } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/** What a submit with one Idempotency-Key promised: which snapshot, of which version, for which request. */
export interface IdempotencyRecord {
  assessmentId: string;
  key: string;
  fingerprint: string;
  snapshotId: string;
  assessmentVersion: number;
  createdAt: string;
}

export function idempotencyRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  /** Claims the key, or returns the record that already holds it. */
  async function claim(record: IdempotencyRecord): Promise<{ claimed: boolean; record: IdempotencyRecord }> {
    const Key = keys.idempotency(record.assessmentId, record.key);
    const put = new PutCommand({
      TableName,
      Item: { ...Key, ...record },
      ConditionExpression: "attribute_not_exists(pk)",
    });
    if (
      await conditional(
        () => client.send(put).then(() => true),
        () => false,
      )
    )
      return { claimed: true, record };
    const out = await guarded(() => client.send(new GetCommand({ TableName, Key, ConsistentRead: true })));
    return { claimed: false, record: withoutKeys<IdempotencyRecord>(out.Item as Record<string, unknown>) };
  }

  /** Moves a key whose snapshot was never written to a new version; fails if someone else moved it first. */
  async function reassign(previous: IdempotencyRecord, next: IdempotencyRecord): Promise<boolean> {
    const put = new PutCommand({
      TableName,
      Item: { ...keys.idempotency(next.assessmentId, next.key), ...next },
      ConditionExpression: "snapshotId = :old",
      ExpressionAttributeValues: { ":old": previous.snapshotId },
    });
    return conditional(
      () => client.send(put).then(() => true),
      () => false,
    );
  }

  return { claim, reassign };
}
