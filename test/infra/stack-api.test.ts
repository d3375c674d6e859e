import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { INDEX_PROJECTED_ATTRIBUTES } from "../../functions/contract/table-contract.ts";
import { PUBLIC_ROUTES, TABLE_ACTIONS } from "../../infra/constructs/api-construct.ts";
import { asList, only, resourcesOf, synthStack } from "./synth-stack.ts";

let synth: ReturnType<typeof synthStack>;
beforeAll(() => {
  synth = synthStack({ bundle: true, context: { stage: "test" } });
});

const resources = (type: string) => resourcesOf(synth.template, type);
/** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` as CloudFormation renders it. */
const issuer = () => {
  const pool = only(Object.keys(resources("AWS::Cognito::UserPool")));
  return { "Fn::Join": ["", ["https://cognito-idp.eu-west-1.", { Ref: "AWS::URLSuffix" }, "/", { Ref: pool }]] };
};

describe("data", () => {
  it("keeps the table: pinned logical id, PITR, deletion protection, RETAIN, encryption, on demand", () => {
    const tables = resources("AWS::DynamoDB::GlobalTable");
    expect(Object.keys(tables)).toEqual(["ReengageTable"]);
    const table = tables.ReengageTable!;
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
    synth.template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      SSESpecification: { SSEEnabled: true, SSEType: "KMS" },
      GlobalSecondaryIndexes: ["gsi1", "gsi2"].map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: `${name}pk`, KeyType: "HASH" },
          { AttributeName: `${name}sk`, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: [...INDEX_PROJECTED_ATTRIBUTES] },
      })),
      Replicas: [
        Match.objectLike({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      ],
    });
  });
});

describe("api function", () => {
  const fn = () => {
    const fns = Object.values(resources("AWS::Lambda::Function"));
    return only(fns.filter((f) => f.Properties.Runtime === "nodejs22.x"));
  };

  it("is Node 22 on arm64, ≤ 10 s, reserved, JSON-logged, with the contract's environment", () => {
    const props = fn().Properties;
    expect(props.Architectures).toEqual(["arm64"]);
    expect(props.Timeout).toBeLessThanOrEqual(10);
    expect(props.ReservedConcurrentExecutions).toBe(20);
    expect(props.LoggingConfig).toMatchObject({ LogFormat: "JSON", LogGroup: { Ref: expect.any(String) } });
    const env = (props.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(env).sort()).toEqual([
      "AUTH_MODE",
      "CORS_ORIGIN",
      "JWKS_URL",
      "JWT_AUDIENCE",
      "JWT_ISSUER",
      "ORIGIN_SECRET",
      "POOLED_MIN_COUNT",
      "TABLE_NAME",
    ]);
    expect(env).toMatchObject({ AUTH_MODE: "cognito", POOLED_MIN_COUNT: "5" });
    expect(env.JWT_ISSUER).toEqual(issuer());
    expect(JSON.stringify(env.JWKS_URL)).toContain("/.well-known/jwks.json");
    expect(JSON.stringify(env.CORS_ORIGIN)).toContain("SiteDistribution");
  });

  it("has a role with no wildcard action, no managed policy and only the contract's table actions", () => {
    const roleRef = (fn().Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
    const role = resources("AWS::IAM::Role")[roleRef]!;
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.Policies).toBeUndefined();
    const policies = Object.values(resources("AWS::IAM::Policy")).filter((p) =>
      JSON.stringify(p.Properties.Roles).includes(roleRef),
    );
    const statements = policies.flatMap(
      (p) => (p.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
    );
    const actions = statements.flatMap((s) => asList(s.Action) as string[]);
    for (const action of actions) expect(action).not.toContain("*");
    // Only X-Ray's two tracing actions, which take no resource-level permission, may name every resource.
    for (const statement of statements) {
      const onEverything = asList(statement.Resource).some((r) => JSON.stringify(r).match(/"\*"|\/\*"/));
      if (onEverything)
        expect(asList(statement.Action).sort()).toEqual(["xray:PutTelemetryRecords", "xray:PutTraceSegments"]);
    }
    expect(actions).not.toContain("dynamodb:Scan");
    expect(new Set(actions.filter((a) => a.startsWith("dynamodb:")))).toEqual(new Set(TABLE_ACTIONS));
    expect(statements.every((s) => s.Effect === "Allow" && s.NotAction === undefined)).toBe(true);
  });

  it("was bundled by the local esbuild into a minified CommonJS file with the SDK and only its env credentials", () => {
    const code = fn().Properties.Code as { S3Key: string };
    const dir = join(synth.app.outdir, `asset.${code.S3Key.replace(/\.zip$/, "")}`);
    expect(existsSync(join(dir, "index.js.map"))).toBe(true);
    const bundle = readFileSync(join(dir, "index.js"), "utf8");
    expect(bundle).not.toMatch(/require\("@(aws-sdk|smithy)\//);
    expect(bundle).toContain("AWS_SECRET_ACCESS_KEY");
    // The default chain's other providers (SSO, web identity, containers) were aliased away.
    for (const provider of ["portal.sso", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS"]) {
      expect(bundle).not.toContain(provider);
    }
  });

  it("ships a handler that loads with require() and answers an API Gateway event", () => {
    const code = fn().Properties.Code as { S3Key: string };
    const file = join(synth.app.outdir, `asset.${code.S3Key.replace(/\.zip$/, "")}`, "index.js");
    const event = { version: "2.0", rawPath: "/api/health", rawQueryString: "", headers: { host: "api.example.org" } };
    const context = { http: { method: "GET", path: "/api/health" }, stage: "$default" };
    const script = `require(${JSON.stringify(file)}).handler(${JSON.stringify({ ...event, requestContext: context })}, {})
      .then((r) => console.log(JSON.stringify(r)))`;
    const env = {
      ...process.env,
      AUTH_MODE: "cognito",
      TABLE_NAME: "t",
      AWS_REGION: "eu-west-1",
      JWT_ISSUER: "https://issuer.example",
      JWT_AUDIENCE: "a",
      JWKS_URL: "https://issuer.example/jwks",
    };
    // The asset sits in a temporary folder, outside the project and without NODE_PATH: it must stand alone.
    const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { env, cwd: tmpdir() }).toString());
    expect([out.statusCode, JSON.parse(out.body)]).toEqual([200, { status: "ok" }]);
  });
});

describe("http api", () => {
  it("puts the JWT authorizer on every route except the public ones", () => {
    const routes = Object.values(resources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties);
    const publicKeys = PUBLIC_ROUTES.map((path) => `GET ${path}`);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual([...publicKeys, "ANY /api/{proxy+}"].sort());
    for (const route of routes) {
      if (publicKeys.includes(route.RouteKey as string)) {
        expect(route.AuthorizationType ?? "NONE").toBe("NONE");
      } else {
        expect(route.AuthorizationType).toBe("JWT");
        expect(route.AuthorizerId).toBeDefined();
      }
    }
  });

  it("validates Cognito ID tokens for the site client", () => {
    const authorizer = only(Object.values(resources("AWS::ApiGatewayV2::Authorizer"))).Properties;
    expect(authorizer.AuthorizerType).toBe("JWT");
    expect(authorizer.IdentitySource).toEqual(["$request.header.Authorization"]);
    const jwt = authorizer.JwtConfiguration as { Audience: unknown[]; Issuer: unknown };
    expect(jwt.Audience).toEqual([{ Ref: expect.stringMatching(/SiteClient/) }]);
    expect(jwt.Issuer).toEqual(issuer());
  });

  it("logs access and throttles every route, the public ones harder", () => {
    const stage = only(Object.values(resources("AWS::ApiGatewayV2::Stage"))).Properties;
    expect(stage.StageName).toBe("$default");
    expect(stage.AccessLogSettings).toMatchObject({ DestinationArn: expect.anything(), Format: expect.any(String) });
    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
    expect(Object.keys(stage.RouteSettings as object).sort()).toEqual(PUBLIC_ROUTES.map((p) => `GET ${p}`).sort());
  });
});
