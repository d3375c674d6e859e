import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Snapshot } from "../core/assessment.ts";
import { NotFoundError } from "../core/errors.ts";
import { keys, withoutKeys } from "./keys.ts";
import { conditional, guarded } from "./sdk-errors.ts";
import { listPage, type Page, type StoreContext } from "./store-context.ts";

export type SnapshotSummary = Pick<
  Snapshot,
  "id" | "assessmentId" | "country" | "cycle" | "createdAt" | "createdBy" | "assessmentVersion"
> & { overall: Snapshot["score"]["overall"] };

export function snapshotsRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function find(id: string): Promise<Snapshot | undefined> {
    const out = await guarded(() =>
      client.send(new GetCommand({ TableName, Key: keys.snapshot(id), ConsistentRead: true })),
    );
    return out.Item ? withoutKeys<Snapshot>(out.Item) : undefined;
  }

  async function get(id: string): Promise<Snapshot> {
    const found = await find(id);
    if (!found) throw new NotFoundError("snapshot");
    return found;
  }

  /** Writes a snapshot once; a second writer of the same id is a no-op, since snapshots are immutable. */
  async function putOnce(snapshot: Snapshot): Promise<void> {
    const Item = {
      ...keys.snapshot(snapshot.id),
      gsi1pk: keys.snapshotsOfAssessment(snapshot.assessmentId),
      gsi1sk: keys.timeSort(snapshot.createdAt, snapshot.id),
      ...snapshot,
    };
    const put = new PutCommand({ TableName, Item, ConditionExpression: "attribute_not_exists(pk)" });
    await conditional(
      () => client.send(put),
      () => undefined,
    );
  }

  /** Snapshots of one assessment, newest first. */
  async function listByAssessment(
    assessmentId: string,
    limit: number,
    nextToken?: string,
  ): Promise<Page<SnapshotSummary>> {
    const partition = keys.snapshotsOfAssessment(assessmentId);
    const input = {
      TableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :p",
      ExpressionAttributeValues: { ":p": partition },
      ScanIndexForward: false,
      Limit: limit,
    };
    const cursor = { nextToken, partitionKey: { gsi1pk: partition } };
    return listPage(client, input, cursor, (item) => summarize(withoutKeys<Snapshot>(item)));
  }

  return { find, get, putOnce, listByAssessment };
}

function summarize(s: Snapshot): SnapshotSummary {
  const { id, assessmentId, country, cycle, createdAt, createdBy, assessmentVersion } = s;
  return { id, assessmentId, country, cycle, createdAt, createdBy, assessmentVersion, overall: s.score.overall };
}

export type SnapshotsRepository = ReturnType<typeof snapshotsRepository>;
