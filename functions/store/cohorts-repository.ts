import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { thinkTankKeys as k, keys, withoutKeys } from "./keys.ts";
import { guarded } from "./sdk-errors.ts";
import { listPage, type Page, type StoreContext } from "./store-context.ts";

/** A named country list an analyst made. Its statistics use public data only. */
export interface AnalystCohort {
  id: string;
  name: { en: string };
  kind: "custom";
  countries: string[];
  createdBy: string;
  createdAt: string;
}

function fromItem(item: Record<string, unknown>): AnalystCohort {
  return { ...withoutKeys<Omit<AnalystCohort, "kind">>(item), kind: "custom" };
}

export function cohortsRepository(ctx: StoreContext) {
  const { client, tableName: TableName } = ctx;

  async function create(input: { name: string; countries: string[]; owner: string }): Promise<AnalystCohort> {
    const createdAt = ctx.now().toISOString();
    // Prefixed so an analyst list can never take the id of a built-in cohort.
    const id = `c-${ctx.newId()}`;
    const cohort: AnalystCohort = {
      id,
      name: { en: input.name },
      kind: "custom",
      countries: [...input.countries].sort(),
      createdBy: input.owner,
      createdAt,
    };
    const sort = keys.timeSort(createdAt, id);
    // `kind` is the same for every stored cohort: left out of the item so the indexes stay within 20 projected attributes.
    const { kind: _kind, ...stored } = cohort;
    const Item = {
      ...k.cohort(id),
      gsi1pk: k.cohortsOf(input.owner),
      gsi1sk: sort,
      gsi2pk: k.allCohorts,
      gsi2sk: sort,
    };
    await guarded(() =>
      client.send(
        new PutCommand({ TableName, Item: { ...Item, ...stored }, ConditionExpression: "attribute_not_exists(pk)" }),
      ),
    );
    return cohort;
  }

  async function find(id: string): Promise<AnalystCohort | undefined> {
    const out = await guarded(() => client.send(new GetCommand({ TableName, Key: k.cohort(id) })));
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /** One owner's lists, or everyone's when `owner` is undefined; oldest first. */
  async function list(query: { owner?: string; limit: number; nextToken?: string }): Promise<Page<AnalystCohort>> {
    const index = query.owner === undefined ? "gsi2" : "gsi1";
    const partition = query.owner === undefined ? k.allCohorts : k.cohortsOf(query.owner);
    const input = {
      TableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :p`,
      ExpressionAttributeValues: { ":p": partition },
      Limit: query.limit,
    };
    const cursor = { nextToken: query.nextToken, partitionKey: { [`${index}pk`]: partition } };
    return listPage(client, input, cursor, fromItem);
  }

  return { create, find, list };
}
