import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Answer, Assessment, AssessmentSummary } from "../core/assessment.ts";
import { ConflictError, NotFoundError } from "../core/errors.ts";
import { assessmentWrites } from "./assessment-writes.ts";
import { keys, withoutKeys } from "./keys.ts";
import { guarded, isConditionalFailure, translateSdkError } from "./sdk-errors.ts";
import { decodeToken, encodeToken, type StoreContext } from "./store-context.ts";

export interface NewAssessment {
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
}

export interface AssessmentChanges {
  answers?: Record<string, Answer | null>;
  profile?: Record<string, string[]>;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

const summaryFields = "id, country, #cycle, #status, #version, instrumentId, instrumentVersion, updatedAt, visibility";

export function assessmentsRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function find(id: string): Promise<Assessment | undefined> {
    const out = await guarded(() =>
      client.send(new GetCommand({ TableName, Key: keys.assessment(id), ConsistentRead: true })),
    );
    return out.Item ? withoutKeys<Assessment>(out.Item) : undefined;
  }

  async function get(id: string): Promise<Assessment> {
    const found = await find(id);
    if (!found) throw new NotFoundError("assessment");
    return found;
  }

  /** Claims (country, cycle) first, so two creators cannot both win; a claim left by a crash is completed. */
  async function create(input: NewAssessment): Promise<Assessment> {
    const claimKey = keys.countryCycleClaim(input.country, input.cycle);
    let id = ctx.newId();
    try {
      await client.send(
        new PutCommand({
          TableName,
          Item: { ...claimKey, assessmentId: id },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (error) {
      if (!isConditionalFailure(error)) throw translateSdkError(error);
      id = await claimedId(claimKey);
      if (await find(id)) throw existsError(id);
    }
    return putNew(id, input);
  }

  async function claimedId(claimKey: { pk: string; sk: string }): Promise<string> {
    const out = await guarded(() => client.send(new GetCommand({ TableName, Key: claimKey, ConsistentRead: true })));
    return String(out.Item?.assessmentId);
  }

  function existsError(id: string) {
    return new ConflictError("assessment_exists", "This country already has an assessment for this cycle", {
      assessmentId: id,
    });
  }

  async function putNew(id: string, input: NewAssessment): Promise<Assessment> {
    const at = ctx.now().toISOString();
    const assessment: Assessment = {
      id,
      ...input,
      status: "draft",
      version: 1,
      answers: {},
      profile: {},
      visibility: "private",
      createdAt: at,
      updatedAt: at,
    };
    const indexKeys = {
      gsi1pk: keys.assessmentsOfCountry(input.country),
      gsi1sk: keys.cycleSort(input.cycle, id),
      gsi2pk: keys.allAssessments,
      gsi2sk: keys.cycleSort(input.cycle, id),
    };
    const Item = { ...keys.assessment(id), ...indexKeys, ...assessment };
    try {
      await client.send(new PutCommand({ TableName, Item, ConditionExpression: "attribute_not_exists(pk)" }));
    } catch (error) {
      if (isConditionalFailure(error)) throw existsError(id);
      throw translateSdkError(error);
    }
    return assessment;
  }

  /** Lists one country's assessments (or everyone's when `country` is undefined), newest cycle first. */
  async function list(query: { country?: string; cycle?: number; limit: number; nextToken?: string }) {
    const index = query.country === undefined ? "gsi2" : "gsi1";
    const partition = query.country === undefined ? keys.allAssessments : keys.assessmentsOfCountry(query.country);
    // DynamoDB refuses begins_with on an empty string, so the cycle filter is added only when asked for.
    const byCycle = query.cycle === undefined ? "" : ` AND begins_with(${index}sk, :s)`;
    const values: Record<string, string> = { ":p": partition };
    if (query.cycle !== undefined) values[":s"] = keys.cycleSort(query.cycle, "");
    const out = await guarded(() =>
      client.send(
        new QueryCommand({
          TableName,
          IndexName: index,
          KeyConditionExpression: `${index}pk = :p${byCycle}`,
          ExpressionAttributeValues: values,
          ExpressionAttributeNames: { "#cycle": "cycle", "#status": "status", "#version": "version" },
          ProjectionExpression: `${summaryFields}, pk, sk, ${index}pk, ${index}sk`,
          ScanIndexForward: false,
          Limit: query.limit,
          ExclusiveStartKey: decodeToken(query.nextToken, { [`${index}pk`]: partition }),
        }),
      ),
    );
    const items = (out.Items ?? []).map((item) => withoutKeys<AssessmentSummary>(item));
    return { items, nextToken: encodeToken(out.LastEvaluatedKey) } satisfies Page<AssessmentSummary>;
  }

  return { find, get, create, list, ...assessmentWrites(ctx, get) };
}

export type AssessmentsRepository = ReturnType<typeof assessmentsRepository>;
