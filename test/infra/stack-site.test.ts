import { Annotations, Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { SITE_CSP } from "../../infra/constructs/site-policies.ts";
import { only, resourcesOf, synthStack } from "./synth-stack.ts";

let synth: ReturnType<typeof synthStack>;
beforeAll(() => {
  synth = synthStack({ context: { stage: "test", alarmEmail: "ops@example.org" } });
});

const resources = (type: string) => resourcesOf(synth.template, type);

describe("site", () => {
  it("keeps every bucket private and TLS-only", () => {
    const buckets = resources("AWS::S3::Bucket");
    expect(Object.keys(buckets).length).toBeGreaterThanOrEqual(2);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
    }
    const policies = Object.values(resources("AWS::S3::BucketPolicy"));
    expect(policies).toHaveLength(Object.keys(buckets).length);
    for (const policy of policies) {
      const statements = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
      );
      for (const s of statements.filter((st) => st.Effect === "Allow")) {
        expect(s.Principal).not.toEqual("*");
        expect(s.Principal).not.toEqual({ AWS: "*" });
      }
    }
  });

  it("serves S3 through CloudFront with OAC and redirects every behaviour to HTTPS", () => {
    const oac = only(Object.values(resources("AWS::CloudFront::OriginAccessControl"))).Properties;
    expect(oac.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: "s3",
      SigningBehavior: "always",
      SigningProtocol: "sigv4",
    });
    const config = only(Object.values(resources("AWS::CloudFront::Distribution"))).Properties.DistributionConfig as {
      Origins: Record<string, unknown>[];
      DefaultCacheBehavior: Record<string, unknown>;
      CacheBehaviors: Record<string, unknown>[];
    };
    const s3 = only(config.Origins.filter((o) => o.S3OriginConfig));
    expect(s3.OriginAccessControlId).toBeDefined();
    expect(s3.S3OriginConfig).toEqual({ OriginAccessIdentity: "" });
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behaviour.ViewerProtocolPolicy).toBe("redirect-to-https");
    }
    const api = only(config.CacheBehaviors.filter((b) => b.PathPattern === "/api/*"));
    expect(api.CachePolicyId).toBe("4135ea2d-6df8-44a3-9df3-4b5a84be39ad"); // Managed-CachingDisabled
    expect(api.OriginRequestPolicyId).toBe("b689b0a8-53d0-40ab-baf2-68738e2966ac"); // AllViewerExceptHostHeader
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(["POST", "PUT", "PATCH", "DELETE"]));
    const apiOrigin = only(config.Origins.filter((o) => o.Id === api.TargetOriginId));
    expect(apiOrigin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: "https-only" });
  });

  it("sends the contract's CSP and HSTS with the site", () => {
    synth.template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: { ContentSecurityPolicy: SITE_CSP, Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, Override: true }),
        }),
      }),
    });
  });

  it("deploys the app, then index.html with a generated config.json naming the pool and client", () => {
    const deployments = Object.values(resources("Custom::CDKBucketDeployment"));
    expect(deployments).toHaveLength(2);
    const entry = only(
      deployments.filter((d) => JSON.stringify(d.Properties.SourceMarkers ?? "").includes("UserPool")),
    );
    const markers = JSON.stringify(entry.Properties.SourceMarkers);
    for (const ref of ["UserPool", "SiteClient", "SiteDistribution", "HostedUi"]) expect(markers).toContain(ref);
    expect(entry.Properties.Prune).toBe(false);
  });
});

describe("auth", () => {
  it("has no self sign-up, the four role groups, a country attribute, strong passwords and MFA", () => {
    synth.template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      MfaConfiguration: "ON",
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
      Schema: Match.arrayWith([Match.objectLike({ Name: "country", AttributeDataType: "String", Mutable: true })]),
    });
    const groups = Object.values(resources("AWS::Cognito::UserPoolGroup")).map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(["admin", "analyst", "official", "reviewer"]);
    synth.template.resourceCountIs("AWS::Cognito::UserPoolDomain", 1);
  });

  it("gives the site a public PKCE code-flow client that cannot write its own country", () => {
    const client = only(Object.values(resources("AWS::Cognito::UserPoolClient"))).Properties;
    expect(client).toMatchObject({ GenerateSecret: false, AllowedOAuthFlows: ["code"] });
    expect(client.ReadAttributes).toContain("custom:country");
    expect(client.WriteAttributes).not.toContain("custom:country");
  });
});

describe("observability and outputs", () => {
  it("alarms on API 5xx, Lambda errors and throttles and DynamoDB throttles, to an encrypted topic", () => {
    const alarms = Object.values(resources("AWS::CloudWatch::Alarm")).map((a) => a.Properties);
    const metrics = alarms.map((a) => a.MetricName ?? JSON.stringify(a.Metrics));
    for (const name of ["5xx", "Errors", "Throttles", "ThrottledRequests"]) {
      expect(metrics.some((m) => String(m).includes(name))).toBe(true);
    }
    for (const alarm of alarms) expect(JSON.stringify(alarm.AlarmActions)).toContain("AlarmTopic");
    synth.template.hasResourceProperties("AWS::SNS::Topic", { KmsMasterKeyId: Match.anyValue() });
    synth.template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "ops@example.org" });
    synth.template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
  });

  it("outputs the site URL, API URL, user pool and client ids", () => {
    const outputs = Object.keys(synth.template.toJSON().Outputs as object);
    expect(outputs).toEqual(expect.arrayContaining(["SiteUrl", "ApiUrl", "UserPoolId", "UserPoolClientId"]));
  });

  it("synthesizes without error annotations", () => {
    expect(Annotations.fromStack(synth.stack).findError("*", Match.anyValue())).toEqual([]);
  });
});
