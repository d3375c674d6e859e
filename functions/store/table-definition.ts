import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/** The single table: `pk`/`sk` plus two overloaded GSIs. Infra declares the same keys with CDK. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
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
    GlobalSecondaryIndexes: ["gsi1", "gsi2"].map((IndexName) => ({
      IndexName,
      KeySchema: keys(IndexName),
      Projection: { ProjectionType: "ALL" as const },
    })),
  };
}
