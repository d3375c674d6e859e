import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { INDEX_PROJECTED_ATTRIBUTES, TABLE_INDEXES } from "../contract/table-contract.ts";

/** How an index copies items: only the listed attributes (the product), or whole items (the bench's "before"). */
export type IndexProjection = "include" | "all";

/** The single table: `pk`/`sk` plus two overloaded GSIs. Infra declares the same shape with CDK (table-contract). */
export function tableDefinition(tableName: string, projection: IndexProjection = "include"): CreateTableCommandInput {
  const keys = (name: string) => [
    { AttributeName: `${name}pk`, KeyType: "HASH" as const },
    { AttributeName: `${name}sk`, KeyType: "RANGE" as const },
  ];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"].map((AttributeName) => ({
      AttributeName,
      AttributeType: "S" as const,
    })),
    KeySchema: keys(""),
    GlobalSecondaryIndexes: TABLE_INDEXES.map((IndexName) => ({
      IndexName,
      KeySchema: keys(IndexName),
      Projection:
        projection === "all"
          ? { ProjectionType: "ALL" as const }
          : { ProjectionType: "INCLUDE" as const, NonKeyAttributes: [...INDEX_PROJECTED_ATTRIBUTES] },
    })),
  };
}
