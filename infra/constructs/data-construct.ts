import { type CfnResource, RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { INDEX_PROJECTED_ATTRIBUTES, TABLE_INDEXES } from "../../functions/contract/table-contract.ts";

/**
 * The one table of the contract: `pk`/`sk`, plus `gsi1` and `gsi2` projecting only what the lists read.
 * A stack deployed with the earlier ALL projection gets each index rebuilt by this change (CloudFormation deletes
 * and recreates an index whose projection changes, and only one index per update): deploy it first with one of
 * the two indexes changed, then with both. The table itself (same logical id) is never replaced.
 */
export { TABLE_INDEXES };

export interface DataProps {
  /**
   * CloudFormation logical id of the table, pinned so refactoring the construct tree never replaces
   * (and, with RETAIN, orphans) the table holding every assessment.
   * @default "ReengageTable"
   */
  readonly logicalId?: string;
}

export class DataConstruct extends Construct {
  readonly table: TableV2;
  readonly indexNames: readonly string[] = TABLE_INDEXES;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    this.table = new TableV2(this, "Table", {
      partitionKey: { name: "pk", type: AttributeType.STRING },
      sortKey: { name: "sk", type: AttributeType.STRING },
      globalSecondaryIndexes: TABLE_INDEXES.map((name) => ({
        indexName: name,
        partitionKey: { name: `${name}pk`, type: AttributeType.STRING },
        sortKey: { name: `${name}sk`, type: AttributeType.STRING },
        projectionType: ProjectionType.INCLUDE,
        nonKeyAttributes: [...INDEX_PROJECTED_ATTRIBUTES],
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (this.table.node.defaultChild as CfnResource).overrideLogicalId(props.logicalId ?? "ReengageTable");
  }
}
