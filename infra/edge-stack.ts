import { Stack, type StackProps } from "aws-cdk-lib";
import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";
import type { Construct } from "constructs";

export interface EdgeStackProps extends StackProps {
  /** Requests one IP may make in any 5-minute window before WAF blocks it. */
  readonly rateLimitPer5Minutes: number;
  /** Prefix of the web ACL's metric names. */
  readonly metricPrefix: string;
}

/** AWS managed rule groups evaluated after the rate rule, in this order. */
export const MANAGED_RULE_GROUPS = [
  "AWSManagedRulesAmazonIpReputationList",
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
] as const;

/**
 * Rules of the common rule set that only count: its 8 KB body limit would block saves the API accepts (it takes
 * bodies up to 64 KB and checks them itself).
 */
const COUNT_ONLY: Partial<Record<(typeof MANAGED_RULE_GROUPS)[number], string[]>> = {
  AWSManagedRulesCommonRuleSet: ["SizeRestrictions_BODY"],
};

/**
 * The WAF web ACL in front of CloudFront. A CloudFront web ACL must live in us-east-1 whatever the stage's region
 * (an HTTP API cannot take one directly), so it is a stack of its own there; the stage's stack refers to its ARN
 * through a cross-region reference.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    if (this.region !== "us-east-1") throw new Error(`the CloudFront web ACL must be in us-east-1, not ${this.region}`);
    const visibility = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${props.metricPrefix}-${name}`,
    });
    const rateRule: CfnWebACL.RuleProperty = {
      name: "per-ip-rate",
      priority: 0,
      action: { block: {} },
      statement: { rateBasedStatement: { limit: props.rateLimitPer5Minutes, aggregateKeyType: "IP" } },
      visibilityConfig: visibility("per-ip-rate"),
    };
    const managed = MANAGED_RULE_GROUPS.map(
      (name, i): CfnWebACL.RuleProperty => ({
        name,
        priority: i + 1,
        overrideAction: { none: {} },
        statement: {
          managedRuleGroupStatement: {
            vendorName: "AWS",
            name,
            ruleActionOverrides: COUNT_ONLY[name]?.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
          },
        },
        visibilityConfig: visibility(name),
      }),
    );
    this.webAcl = new CfnWebACL(this, "WebAcl", {
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      description: "Reengage: per-IP rate limit and AWS managed rules in front of CloudFront",
      rules: [rateRule, ...managed],
      visibilityConfig: visibility("web-acl"),
    });
  }
}
