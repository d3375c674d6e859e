import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { ASSESSMENT_SUMMARY_ATTRIBUTES } from "../contract/table-contract.ts";
import type { Assessment, AssessmentSummary } from "../core/assessment.ts";
import { ConflictError, NotFoundError } from "../core/errors.ts";
import { assessmentWrites } from "./assessment-writes.ts";
import { keys, withoutKeys } from "./keys.ts";
import { conditional, guarded } from "./sdk-errors.ts";
import { listPage, type StoreContext } from "./store-context.ts";

export type { AssessmentChanges } from "./assessment-writes.ts";
export type { Page } from "./store-context.ts";

export interface NewAssessment {
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
}

/** The summary's attributes, named through placeholders (several are DynamoDB reserved words). */
const summaryNames = Object.fromEntries(ASSESSMENT_SUMMARY_ATTRIBUTES.map((name, i) => [`#s${i}`, name]));
const summaryProjection = Object.keys(summaryNames).join(", ");

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
    const newId = ctx.newId();
    const claim = new PutCommand({
      TableName,
      Item: { ...claimKey, assessmentId: newId },
      ConditionExpression: "attribute_not_exists(pk)",
    });
    const claimed = await conditional(
      () => client.send(claim).then(() => true),
      () => false,
    );
    const id = claimed ? newId : await claimedId(claimKey);
    if (!claimed && (await find(id))) throw existsError(id);
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
    const put = new PutCommand({ TableName, Item, ConditionExpression: "attribute_not_exists(pk)" });
    await conditional(
      () => client.send(put),
      () => {
        throw existsError(id);
      },
    );
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
    const input = {
      TableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :p${byCycle}`,
      ExpressionAttributeValues: values,
      ExpressionAttributeNames: summaryNames,
      ProjectionExpression: `${summaryProjection}, pk, sk, ${index}pk, ${index}sk`,
      ScanIndexForward: false,
      Limit: query.limit,
    };
    const cursor = { nextToken: query.nextToken, partitionKey: { [`${index}pk`]: partition } };
    return listPage(client, input, cursor, (item) => withoutKeys<AssessmentSummary>(item));
  }

  return { find, get, create, list, ...assessmentWrites(ctx, get) };
}

export type AssessmentsRepository = ReturnType<typeof assessmentsRepository>;
