import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Answer, Assessment, Visibility } from "../core/assessment.ts";
import { ConflictError, NotFoundError } from "../core/errors.ts";
import { keys, withoutKeys } from "./keys.ts";
import { conditional, guarded } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

export interface AssessmentChanges {
  answers?: Record<string, Answer | null>;
  profile?: Record<string, string[]>;
}

interface Expression {
  sets: string[];
  removes: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** One UpdateItem that merges per indicator and per profile question, so untouched answers are never rewritten. */
function mergeExpression(changes: AssessmentChanges, at: string): Expression {
  const e: Expression = {
    sets: ["#version = #version + :one", "updatedAt = :at", "#status = :draft"],
    removes: [],
    names: { "#version": "version", "#status": "status" },
    values: { ":one": 1, ":at": at, ":draft": "draft" },
  };
  Object.entries(changes.answers ?? {}).forEach(([indicatorId, answer], i) => {
    e.names["#answers"] = "answers";
    e.names[`#a${i}`] = indicatorId;
    if (answer === null) {
      e.removes.push(`#answers.#a${i}`);
      return;
    }
    e.values[`:a${i}`] = answer;
    e.sets.push(`#answers.#a${i} = :a${i}`);
  });
  Object.entries(changes.profile ?? {}).forEach(([questionId, options], i) => {
    e.names["#profile"] = "profile";
    e.names[`#p${i}`] = questionId;
    e.values[`:p${i}`] = options;
    e.sets.push(`#profile.#p${i} = :p${i}`);
  });
  return e;
}

export function assessmentWrites(ctx: StoreContext, get: (id: string) => Promise<Assessment>) {
  const { client, tableName: TableName } = ctx;

  /** Applies changes if the stored version is still `expectedVersion`; otherwise a conflict carrying the current state. */
  async function patch(id: string, expectedVersion: number, changes: AssessmentChanges): Promise<Assessment> {
    const e = mergeExpression(changes, ctx.now().toISOString());
    const update = `SET ${e.sets.join(", ")}${e.removes.length ? ` REMOVE ${e.removes.join(", ")}` : ""}`;
    const command = new UpdateCommand({
      TableName,
      Key: keys.assessment(id),
      UpdateExpression: update,
      ConditionExpression: "attribute_exists(pk) AND #version = :expected",
      ExpressionAttributeNames: e.names,
      ExpressionAttributeValues: { ...e.values, ":expected": expectedVersion },
      ReturnValues: "ALL_NEW",
    });
    const out = await conditional(
      () => client.send(command),
      async (cause) => {
        const current = await get(id);
        const message = `The assessment is at version ${current.version}`;
        throw new ConflictError("version_conflict", message, { current }, { cause });
      },
    );
    return withoutKeys<Assessment>(out.Attributes as Record<string, unknown>);
  }

  /**
   * Records a submission. If edits landed after the snapshot's version, the assessment stays a draft but still
   * points at its latest snapshot.
   */
  async function markSubmitted(id: string, snapshotVersion: number, snapshotId: string, at: string): Promise<void> {
    const values = { ":s": snapshotId, ":at": at };
    const submitted = new UpdateCommand({
      TableName,
      Key: keys.assessment(id),
      UpdateExpression: "SET #status = :submitted, submittedAt = :at, lastSnapshotId = :s, #version = #version + :one",
      ConditionExpression: "#version = :v",
      ExpressionAttributeNames: { "#status": "status", "#version": "version" },
      ExpressionAttributeValues: { ...values, ":submitted": "submitted", ":one": 1, ":v": snapshotVersion },
    });
    const stillDraft = new UpdateCommand({
      TableName,
      Key: keys.assessment(id),
      UpdateExpression: "SET submittedAt = :at, lastSnapshotId = :s",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: values,
    });
    await conditional(
      () => client.send(submitted),
      () => guarded(() => client.send(stillDraft)),
    );
  }

  /** Sets the visibility without touching the answers' version, so autosave never conflicts with it. */
  async function setVisibility(id: string, visibility: Visibility, at: string): Promise<Assessment> {
    const command = new UpdateCommand({
      TableName,
      Key: keys.assessment(id),
      UpdateExpression: "SET visibility = :v, visibilityChangedAt = :at",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":v": visibility, ":at": at },
      ReturnValues: "ALL_NEW",
    });
    const out = await conditional(
      () => client.send(command),
      () => {
        throw new NotFoundError("assessment");
      },
    );
    return withoutKeys<Assessment>(out.Attributes as Record<string, unknown>);
  }

  return { patch, markSubmitted, setVisibility };
}
