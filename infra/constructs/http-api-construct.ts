import { type RemovalPolicy, Stack } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { type CfnStage, HttpApi, HttpStage, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct, type IConstruct } from "constructs";

export interface ThrottleLimits {
  /** Steady-state requests per second. */
  readonly rateLimit: number;
  /** Burst bucket size. */
  readonly burstLimit: number;
}

export interface HttpApiProps {
  readonly apiName: string;
  /** Default limits for every route. */
  readonly throttle: ThrottleLimits;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

/** JSON access log line: enough to trace a request end to end, no bodies, no tokens. */
const ACCESS_LOG_FIELDS = {
  requestId: "$context.requestId",
  time: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  method: "$context.httpMethod",
  path: "$context.path",
  routeKey: "$context.routeKey",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  latency: "$context.responseLatency",
  integrationLatency: "$context.integrationLatency",
  integrationStatus: "$context.integrationStatus",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
  /** The caller's Cognito subject (empty on public routes), to trace one user's requests. */
  sub: "$context.authorizer.claims.sub",
  userAgent: "$context.identity.userAgent",
};

/**
 * The HTTP API shell: the API, its `$default` stage with access logs and default route throttling.
 * Routes are added by the ApiConstruct once the authorizer (which needs the site URL) exists.
 */
export class HttpApiConstruct extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogGroup: LogGroup;
  /** Host name of the execute-api endpoint, used as the CloudFront origin. */
  readonly originDomain: string;

  constructor(scope: Construct, id: string, props: HttpApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, "Api", {
      apiName: props.apiName,
      description: "Reengage API (served to browsers through CloudFront under /api/*)",
      createDefaultStage: false,
    });
    this.accessLogGroup = new LogGroup(this, "AccessLogs", {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    this.stage = new HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    const stack = Stack.of(this);
    this.originDomain = `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }

  /**
   * Tighter limits for individual routes, keyed by route key (`GET /api/health`). Route settings name routes
   * that must already exist, so the stage is made to wait for `routes`.
   */
  throttleRoutes(routeKeys: readonly string[], limits: ThrottleLimits, routes: readonly IConstruct[]): void {
    const settings = Object.fromEntries(
      routeKeys.map((key) => [key, { ThrottlingRateLimit: limits.rateLimit, ThrottlingBurstLimit: limits.burstLimit }]),
    );
    (this.stage.node.defaultChild as CfnStage).routeSettings = settings;
    this.stage.node.addDependency(...routes);
  }
}
