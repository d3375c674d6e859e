import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Answer } from "../core/assessment.ts";
import { ConflictError } from "../core/errors.ts";
import type { Institution } from "../core/vocabulary.ts";
import { keys, withoutKeys } from "./keys.ts";
import { queryWholePrefix } from "./partition-query.ts";
import { guarded, isConditionalFailure, translateSdkError } from "./sdk-errors.ts";
import type { StoreContext } from "./store-context.ts";

/** One official's own answers to an assessment, kept apart from the consolidated answers. */
export interface Response {
  assessmentId: string;
  respondent: string;
  institution?: Institution;
  answers: Record<string, Answer>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ResponseChanges {
  institution?: Institution;
  answers: Record<string, Answer | null>;
}

function staleError(current: Response | undefined): ConflictError {
  const message = current ? `The response is at version ${current.version}` : "No response saved yet";
  return new ConflictError("version_conflict", message, current ? { current } : undefined);
}

/** Per indicator SET/REMOVE, as for assessments, so concurrent saves of other respondents never touch this item. */
function mergeExpression(changes: ResponseChanges, at: string) {
  const sets = ["#version = #version + :one", "updatedAt = :at"];
  const removes: string[] = [];
  const names: Record<string, string> = { "#version": "version" };
  const values: Record<string, unknown> = { ":one": 1, ":at": at };
  if (changes.institution !== undefined) {
    sets.push("institution = :institution");
    values[":institution"] = changes.institution;
  }
  Object.entries(changes.answers).forEach(([id, answer], i) => {
    names["#answers"] = "answers";
    names[`#a${i}`] = id;
    if (answer === null) removes.push(`#answers.#a${i}`);
    else {
      values[`:a${i}`] = answer;
      sets.push(`#answers.#a${i} = :a${i}`);
    }
  });
  const update = `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`;
  return { update, names, values };
}

export function responsesRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function find(assessmentId: string, respondent: string): Promise<Response | undefined> {
    const Key = keys.response(assessmentId, respondent);
    const out = await guarded(() => client.send(new GetCommand({ TableName, Key, ConsistentRead: true })));
    return out.Item ? withoutKeys<Response>(out.Item) : undefined;
  }

  /** The first save (If-None-Match: *): refused as a conflict when this respondent already saved. */
  async function create(assessmentId: string, respondent: string, changes: ResponseChanges): Promise<Response> {
    const at = ctx.now().toISOString();
    const answers = Object.fromEntries(
      Object.entries(changes.answers).filter((entry): entry is [string, Answer] => entry[1] !== null),
    );
    const response: Response = {
      assessmentId,
      respondent,
      ...(changes.institution ? { institution: changes.institution } : {}),
      answers,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const Item = { ...keys.response(assessmentId, respondent), ...response };
    try {
      await client.send(new PutCommand({ TableName, Item, ConditionExpression: "attribute_not_exists(pk)" }));
    } catch (error) {
      if (!isConditionalFailure(error)) throw translateSdkError(error);
      throw staleError(await find(assessmentId, respondent));
    }
    return response;
  }

  /** Later saves (If-Match): merged per indicator while the stored version is still `expected`. */
  async function patch(assessmentId: string, respondent: string, expected: number, changes: ResponseChanges) {
    const { update, names, values } = mergeExpression(changes, ctx.now().toISOString());
    try {
      const out = await client.send(
        new UpdateCommand({
          TableName,
          Key: keys.response(assessmentId, respondent),
          UpdateExpression: update,
          ConditionExpression: "attribute_exists(pk) AND #version = :expected",
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ":expected": expected },
          ReturnValues: "ALL_NEW",
        }),
      );
      return withoutKeys<Response>(out.Attributes as Record<string, unknown>);
    } catch (error) {
      if (!isConditionalFailure(error)) throw translateSdkError(error);
      throw staleError(await find(assessmentId, respondent));
    }
  }

  /** Every respondent's response to one assessment. */
  function list(assessmentId: string): Promise<Response[]> {
    return queryWholePrefix<Response>(ctx, keys.assessment(assessmentId).pk, keys.responsePrefix);
  }

  return { find, create, patch, list };
}

export type ResponsesRepository = ReturnType<typeof responsesRepository>;
