import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { VisibilityChange } from "../core/assessment.ts";
import type { Page } from "./assessments-repository.ts";
import { keys, withoutKeys } from "./keys.ts";
import { guarded } from "./sdk-errors.ts";
import { decodeToken, encodeToken, type StoreContext } from "./store-context.ts";

/** The audit trail of who changed an assessment's visibility and when, kept in the assessment's partition. */
export function visibilityLogRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function append(assessmentId: string, change: VisibilityChange): Promise<void> {
    const Item = {
      pk: keys.assessment(assessmentId).pk,
      sk: `VISIBILITY#${change.changedAt}#${ctx.newId()}`,
      ...change,
    };
    await guarded(() => client.send(new PutCommand({ TableName, Item })));
  }

  /** Changes, newest first. */
  async function list(assessmentId: string, limit: number, nextToken?: string): Promise<Page<VisibilityChange>> {
    const pk = keys.assessment(assessmentId).pk;
    const out = await guarded(() =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
          ExpressionAttributeValues: { ":p": pk, ":s": "VISIBILITY#" },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeToken(nextToken, { pk }),
        }),
      ),
    );
    const items = (out.Items ?? []).map((item) => withoutKeys<VisibilityChange>(item));
    return { items, nextToken: encodeToken(out.LastEvaluatedKey) };
  }

  return { append, list };
}
