import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { assessmentsRepository } from "./assessments-repository.ts";
import { cohortsRepository } from "./cohorts-repository.ts";
import { publicPublications } from "./public-publications.ts";
import { publications } from "./publications.ts";
import { responsesRepository } from "./responses-repository.ts";
import { reviewsRepository } from "./reviews-repository.ts";
import { snapshotsRepository } from "./snapshots-repository.ts";
import type { StoreContext } from "./store-context.ts";
import { submissions } from "./submissions.ts";
import { visibilityLogRepository } from "./visibility-log-repository.ts";

/** A document client that drops undefined fields, so optional answer fields never reach the marshaller. */
export function createDocumentClient(config: DynamoDBClientConfig): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** Every repository over one table. */
export function createStore(ctx: StoreContext) {
  const assessments = assessmentsRepository(ctx);
  const snapshots = snapshotsRepository(ctx);
  return {
    assessments,
    snapshots,
    visibilityLog: visibilityLogRepository(ctx),
    submissions: submissions(ctx, assessments, snapshots),
    publications: publications(ctx, assessments, snapshots),
    publicPublications: publicPublications(ctx),
    cohorts: cohortsRepository(ctx),
    reviews: reviewsRepository(ctx),
    responses: responsesRepository(ctx),
  };
}

export type Store = ReturnType<typeof createStore>;
