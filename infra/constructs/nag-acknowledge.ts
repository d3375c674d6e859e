import { type CfnResource, Validations } from "aws-cdk-lib";
import { rules } from "cdk-nag";
import type { IConstruct } from "constructs";

/**
 * cdk-nag v3 acknowledges granular findings one by one (`AwsSolutions-IAM5[Action::s3:List*]`). For policies
 * that CDK itself writes (BucketDeployment's handler) this asks the rule for its findings and acknowledges
 * exactly those, so a new wildcard appearing after an upgrade is still reported.
 */
export function acknowledgeGranular(
  node: IConstruct,
  rule: "AwsSolutions-IAM4" | "AwsSolutions-IAM5",
  reason: string,
): string[] {
  const resource = node.node.defaultChild as CfnResource | undefined;
  if (!resource) return [];
  const check = rule === "AwsSolutions-IAM4" ? rules.iam.IAMNoManagedPolicies : rules.iam.IAMNoWildcardPermissions;
  const result = check(resource);
  const findings = Array.isArray(result) ? result.map((finding) => `${rule}[${finding}]`) : [];
  for (const id of findings) Validations.of(resource).acknowledge({ id, reason });
  return findings;
}
