import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { VisibilityChange } from "../core/assessment.ts";
import { keys, withoutKeys } from "./keys.ts";
import { guarded } from "./sdk-errors.ts";
import { listPage, type Page, type StoreContext } from "./store-context.ts";

/** The audit trail of who changed an assessment's visibility and when, kept in the assessment's partition. */
export function visibilityLogRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function append(assessmentId: string, change: VisibilityChange): Promise<void> {
    const Item = { ...keys.visibilityChange(assessmentId, change.changedAt, ctx.newId()), ...change };
    await guarded(() => client.send(new PutCommand({ TableName, Item })));
  }

  /** Changes, newest first. */
  async function list(assessmentId: string, limit: number, nextToken?: string): Promise<Page<VisibilityChange>> {
    const { pk } = keys.assessment(assessmentId);
    const query = {
      TableName,
      KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
      ExpressionAttributeValues: { ":p": pk, ":s": keys.visibilityPrefix },
      ScanIndexForward: false,
      Limit: limit,
    };
    return listPage(client, query, { nextToken, partitionKey: { pk } }, (item) => withoutKeys<VisibilityChange>(item));
  }

  return { append, list };
}
