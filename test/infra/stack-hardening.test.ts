import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { ORIGIN_HEADER } from "../../functions/http/origin-guard.ts";
import { MANAGED_RULE_GROUPS } from "../../infra/edge-stack.ts";
import { only, resourcesOf, synthStack } from "./synth-stack.ts";

const prod = synthStack({ context: { stage: "prod", alarmEmail: "ops@example.org" } });
const dev = synthStack({ context: { stage: "dev" } });
const resources = (t: Template, type: string) => Object.values(resourcesOf(t, type));
const apiFunction = (t: Template) =>
  only(resources(t, "AWS::Lambda::Function").filter((f) => f.Properties.Runtime === "nodejs22.x"));
/** The stack's own random UUID, as both CloudFront and the function receive it. */
const stackUuid = { "Fn::Select": [2, { "Fn::Split": ["/", { Ref: "AWS::StackId" }] }] };

describe("WAF", () => {
  it("is a CloudFront web ACL in its own us-east-1 stack, with a per-IP rate rule and AWS managed rules", () => {
    expect(prod.edge?.region).toBe("us-east-1");
    const edge = Template.fromStack(prod.edge!);
    const acl = only(resources(edge, "AWS::WAFv2::WebACL")).Properties;
    expect(acl).toMatchObject({ Scope: "CLOUDFRONT", DefaultAction: { Allow: {} } });
    type Rule = { Priority: number; Statement: { ManagedRuleGroupStatement?: { Name: string } } };
    const rules = acl.Rules as Rule[];
    expect(rules[0]).toMatchObject({
      Priority: 0,
      Action: { Block: {} },
      Statement: { RateBasedStatement: { AggregateKeyType: "IP", Limit: 2000 } },
    });
    expect(rules.slice(1).map((r) => r.Statement.ManagedRuleGroupStatement?.Name)).toEqual([...MANAGED_RULE_GROUPS]);
    expect(new Set(rules.map((r) => r.Priority)).size).toBe(rules.length);
  });

  it("is attached to the distribution across regions in prod, and absent by default elsewhere", () => {
    const distribution = only(resources(prod.template, "AWS::CloudFront::Distribution")).Properties;
    expect(JSON.stringify((distribution.DistributionConfig as Record<string, unknown>).WebACLId)).toContain(
      "Reengage-prod-edge",
    );
    expect(dev.edge).toBeUndefined();
    const devDistribution = only(resources(dev.template, "AWS::CloudFront::Distribution")).Properties;
    expect((devDistribution.DistributionConfig as Record<string, unknown>).WebACLId).toBeUndefined();
  });
});

describe("origin secret", () => {
  it("is added by CloudFront to API requests and required by the function, never written in the template", () => {
    const config = only(resources(prod.template, "AWS::CloudFront::Distribution")).Properties.DistributionConfig as {
      Origins: { CustomOriginConfig?: object; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[];
    };
    const api = only(config.Origins.filter((o) => o.CustomOriginConfig));
    expect(api.OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_HEADER, HeaderValue: stackUuid }]);
    const env = (apiFunction(prod.template).Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env.ORIGIN_SECRET).toEqual(stackUuid);
  });
});

describe("alarms", () => {
  it("keeps the alarm topic's key with the stage's data: retained in prod, deleted in dev", () => {
    const key = (t: Template) => only(Object.values(resourcesOf(t, "AWS::KMS::Key")));
    expect([key(prod.template).DeletionPolicy, key(prod.template).UpdateReplacePolicy]).toEqual(["Retain", "Retain"]);
    expect([key(dev.template).DeletionPolicy, key(dev.template).UpdateReplacePolicy]).toEqual(["Delete", "Delete"]);
  });

  it("fires as concurrency nears the reserved limit (16 of 20), and has no such alarm when unreserved", () => {
    const near = (t: Template) =>
      resources(t, "AWS::CloudWatch::Alarm").filter((a) => a.Properties.MetricName === "ConcurrentExecutions");
    expect(only(near(dev.template)).Properties).toMatchObject({
      Threshold: 16,
      Statistic: "Maximum",
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      AlarmActions: [{ Ref: expect.stringContaining("AlarmTopic") }],
    });
    expect(near(synthStack({ context: { stage: "dev", reservedConcurrency: "none" } }).template)).toEqual([]);
  });

  it("refuses to build prod without an alarm recipient", () => {
    expect(() => synthStack({ context: { stage: "prod" } })).toThrow(/alarmEmail is required for the prod stage/);
  });
});

describe("function and API", () => {
  it("traces the API function actively", () => {
    expect(apiFunction(dev.template).Properties.TracingConfig).toEqual({ Mode: "Active" });
  });

  it("logs the caller's subject with every access", () => {
    const stage = only(resources(dev.template, "AWS::ApiGatewayV2::Stage")).Properties;
    const format = JSON.parse((stage.AccessLogSettings as { Format: string }).Format);
    expect(format.sub).toBe("$context.authorizer.claims.sub");
  });
});

describe("sign-in", () => {
  it("turns SRP and password flows off on the site client: only the hosted UI's code flow and refresh remain", () => {
    dev.template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
      AllowedOAuthFlows: ["code"],
    });
  });

  it("has full-function threat protection in prod, and the Essentials plan elsewhere", () => {
    prod.template.hasResourceProperties("AWS::Cognito::UserPool", {
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
    });
    dev.template.hasResourceProperties("AWS::Cognito::UserPool", {
      UserPoolTier: "ESSENTIALS",
      UserPoolAddOns: Match.absent(),
    });
  });
});
