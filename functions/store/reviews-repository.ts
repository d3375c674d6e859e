import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Review } from "../core/evidence/reviews.ts";
import { keys } from "./keys.ts";
import { queryWholePrefix } from "./partition-query.ts";
import { guarded } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/** Reviewers' verdicts, one item per (assessment, indicator): a new verdict replaces the previous one. */
export function reviewsRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function put(assessmentId: string, review: Review): Promise<Review> {
    const Item = { ...keys.review(assessmentId, review.indicatorId), assessmentId, ...review };
    await guarded(() => client.send(new PutCommand({ TableName, Item })));
    return review;
  }

  /** Every verdict on one assessment, in indicator id order. */
  async function list(assessmentId: string): Promise<Review[]> {
    const items = await queryWholePrefix<Review & { assessmentId?: string }>(
      ctx,
      keys.assessment(assessmentId).pk,
      keys.reviewPrefix,
    );
    return items.map(({ assessmentId: _a, ...review }) => review);
  }

  return { put, list };
}

export type ReviewsRepository = ReturnType<typeof reviewsRepository>;
