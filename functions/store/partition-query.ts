import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { withoutKeys } from "./keys.ts";
import { guarded } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/** The key condition of a whole-prefix query; the local store's list cache recognises its queries by it. */
export const WHOLE_PREFIX_CONDITION = "pk = :p AND begins_with(sk, :s)";

/**
 * Every item of one partition whose sort key starts with `prefix`, page after page (a Query, never a Scan).
 * For the small per-assessment sets (reviews, respondents) that a reader needs whole to compute from.
 */
export async function queryWholePrefix<T>(ctx: StoreContext, pk: string, prefix: string): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await guarded(() =>
      ctx.client.send(
        new QueryCommand({
          TableName: ctx.tableName,
          KeyConditionExpression: WHOLE_PREFIX_CONDITION,
          ExpressionAttributeValues: { ":p": pk, ":s": prefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      ),
    );
    for (const item of out.Items ?? []) items.push(withoutKeys<T>(item));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}
