import { Duration, type RemovalPolicy, Validations } from "aws-cdk-lib";
import { type HttpApi, HttpMethod, type HttpRoute } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { DEFAULT_POOLED_MIN_COUNT, PUBLIC_ROUTES } from "../../functions/contract/deployment-contract.ts";
import { TABLE_ACTIONS } from "../../functions/contract/table-contract.ts";
import { sdkCredentialsAlias } from "../lambda-bundling.ts";
import { acknowledgeGranular } from "./nag-acknowledge.ts";

// Written once in functions/contract and re-exported here for the constructs and tests that read them.
export { PUBLIC_ROUTES, TABLE_ACTIONS };

export interface ApiProps {
  readonly httpApi: HttpApi;
  readonly table: ITableV2;
  readonly indexNames: readonly string[];
  /** Absolute path of `functions/lambda.ts`. */
  readonly entry: string;
  /** Repository root (package-lock.json, tsconfig.json). */
  readonly projectRoot: string;
  /** JWT `iss` (the user pool) and `aud` (the site client id). */
  readonly issuer: string;
  readonly audience: string;
  /** The site's https origin, or `same-origin`. */
  readonly corsOrigin: string;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
  /** Sent by CloudFront with every API request and required by the function (ORIGIN_SECRET). */
  readonly originSecret: string;
  /** Undefined leaves the function unreserved. */
  readonly reservedConcurrency?: number;
  /** @default 10 seconds (the maximum allowed here) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
}

/** The API Lambda (bundled locally by esbuild), its least-privilege role and the HTTP API routes. */
export class ApiConstruct extends Construct {
  readonly handler: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly timeout: Duration;
  /** Route keys of the public routes (`GET /api/health`), for route-level throttling. */
  readonly publicRouteKeys: readonly string[] = PUBLIC_ROUTES.map((path) => `GET ${path}`);
  readonly routes: HttpRoute[] = [];

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.timeout = props.timeout ?? Duration.seconds(10);
    if (this.timeout.toSeconds() > 10) throw new Error("API function timeout must be at most 10 seconds");
    this.logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    this.role = this.createRole(props);
    this.handler = this.createFunction(props);
    this.addRoutes(props);
    this.acknowledgeFindings();
  }

  private acknowledgeFindings(): void {
    const runtime =
      "Node.js 22 is the runtime the API is built and tested for (fixed contract). Lambda lists nodejs22.x as " +
      "deprecated on 30 April 2027; the move to nodejs24.x is planned in the README before then.";
    Validations.of(this.handler).acknowledge(
      { id: "AwsSolutions-L1", reason: runtime },
      { id: "Serverless-LambdaLatestVersion", reason: runtime },
      {
        id: "Serverless-LambdaDLQ",
        reason: "Invoked synchronously by API Gateway only: a failed request is answered, never queued for retry.",
      },
    );
    acknowledgeGranular(
      this.role.node.findChild("DefaultPolicy"),
      "AwsSolutions-IAM5",
      "Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.",
    );
  }

  private createRole(props: ApiProps): Role {
    const role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "Reengage API function: its own log group and item-level access to its table",
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    role.addToPolicy(new PolicyStatement({ actions: [...TABLE_ACTIONS], resources: [props.table.tableArn] }));
    role.addToPolicy(
      new PolicyStatement({
        actions: ["dynamodb:Query"],
        resources: props.indexNames.map((name) => `${props.table.tableArn}/index/${name}`),
      }),
    );
    return role;
  }

  private createFunction(props: ApiProps): NodejsFunction {
    return new NodejsFunction(this, "Handler", {
      description: "Reengage HTTP API (Hono)",
      entry: props.entry,
      handler: "handler",
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: this.timeout,
      reservedConcurrentExecutions: props.reservedConcurrency,
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: this.environment(props),
      bundling: {
        // CommonJS: Lambda loads it with require(), which measured faster to a ready handler than an ES module.
        format: OutputFormat.CJS,
        target: "node22",
        minify: true,
        // The map ships beside the bundle to decode stack traces offline. NODE_OPTIONS=--enable-source-maps stays
        // off: Node then reads and parses the 750 KB map at every cold start (about +18 ms to load, measured).
        sourceMap: true,
        sourcesContent: false,
        bundleAwsSDK: true,
        esbuildArgs: aliasArgs(sdkCredentialsAlias(props.projectRoot)),
        mainFields: ["module", "main"],
        forceDockerBundling: false,
      },
    });
  }

  private environment(props: ApiProps): Record<string, string> {
    return {
      AUTH_MODE: "cognito",
      TABLE_NAME: props.table.tableName,
      JWT_ISSUER: props.issuer,
      JWT_AUDIENCE: props.audience,
      JWKS_URL: `${props.issuer}/.well-known/jwks.json`,
      CORS_ORIGIN: props.corsOrigin,
      POOLED_MIN_COUNT: String(DEFAULT_POOLED_MIN_COUNT),
      ORIGIN_SECRET: props.originSecret,
    };
  }

  private addRoutes(props: ApiProps): void {
    const integration = new HttpLambdaIntegration("Lambda", this.handler);
    for (const path of PUBLIC_ROUTES) {
      const routes = props.httpApi.addRoutes({ path, methods: [HttpMethod.GET], integration });
      this.routes.push(...routes);
      for (const route of routes) {
        Validations.of(route).acknowledge({
          id: "AwsSolutions-APIG4",
          reason: `GET ${path} is public by contract (read-only, throttled per route).`,
        });
      }
    }
    const authorizer = new HttpJwtAuthorizer("CognitoJwt", props.issuer, {
      jwtAudience: [props.audience],
      identitySource: ["$request.header.Authorization"],
    });
    this.routes.push(
      ...props.httpApi.addRoutes({ path: "/api/{proxy+}", methods: [HttpMethod.ANY], integration, authorizer }),
    );
  }
}

/** esbuild's `--alias:<package>=<path>` flags, as NodejsFunction passes extra arguments. */
function aliasArgs(aliases: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(aliases).map(([name, path]) => [`--alias:${name}`, path]));
}
