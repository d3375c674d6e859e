import { join } from "node:path";
import { Aws, CfnOutput, Fn, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { ORIGIN_HEADER } from "../functions/http/origin-guard.ts";
import { ApiConstruct } from "./constructs/api-construct.ts";
import { AuthConstruct } from "./constructs/auth-construct.ts";
import { DataConstruct } from "./constructs/data-construct.ts";
import { HttpApiConstruct } from "./constructs/http-api-construct.ts";
import { ObservabilityConstruct } from "./constructs/observability-construct.ts";
import { SiteConstruct } from "./constructs/site-construct.ts";
import { SiteDeploymentConstruct } from "./constructs/site-deployment-construct.ts";
import type { StageConfig } from "./stage-config.ts";

export interface ReengageStackProps extends StackProps {
  readonly config: StageConfig;
  /** Repository root: holds functions/lambda.ts, package-lock.json and tsconfig.json. */
  readonly projectRoot: string;
  /** Built web app; when undefined only config.json is uploaded. */
  readonly webDistPath?: string;
  /** ARN of the CloudFront WAF web ACL (the us-east-1 edge stack's), when the stage has one. */
  readonly webAclArn?: string;
}

/** Default limits for every API route, and the tighter ones for the unauthenticated routes. */
const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };
const PUBLIC_THROTTLE = { rateLimit: 20, burstLimit: 40 };
const LOG_DAYS = 90;

interface LogSettings {
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

/** One stage of Reengage: data, auth, API, site and observability. */
export class ReengageStack extends Stack {
  readonly data: DataConstruct;
  readonly auth: AuthConstruct;
  readonly api: ApiConstruct;
  readonly site: SiteConstruct;

  constructor(scope: Construct, id: string, props: ReengageStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removal = config.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logs = { logRetention: RetentionDays.THREE_MONTHS, logRemovalPolicy: removal };
    this.data = new DataConstruct(this, "Data");
    // The API shell comes first: CloudFront needs its host name, Cognito needs the CloudFront URL,
    // and the routes need Cognito (a construct-order chain, not a CloudFormation cycle).
    const http = new HttpApiConstruct(this, "HttpApi", {
      apiName: `reengage-${config.stage}`,
      throttle: API_THROTTLE,
      ...logs,
    });
    this.site = new SiteConstruct(this, "Site", {
      apiOriginDomain: http.originDomain,
      logRetentionDays: LOG_DAYS,
      logRemovalPolicy: removal,
      originHeader: { name: ORIGIN_HEADER, value: this.originSecret },
      webAclArn: props.webAclArn,
    });
    this.auth = new AuthConstruct(this, "Auth", {
      domainPrefix: config.domainPrefix ?? Fn.join("-", ["reengage", config.stage, Aws.ACCOUNT_ID]),
      siteUrl: this.site.url,
      mfa: config.mfa,
      threatProtection: config.threatProtection,
      removalPolicy: removal,
    });
    this.api = this.createApi(props, http, logs);
    this.deploySite(props.webDistPath, logs);
    const observability = new ObservabilityConstruct(this, "Observability", {
      dashboardName: `Reengage-${config.stage}`,
      httpApi: http.httpApi,
      handler: this.api.handler,
      functionTimeout: this.api.timeout,
      table: this.data.table,
      alarmEmail: config.alarmEmail,
      removalPolicy: removal,
      reservedConcurrency: config.reservedConcurrency,
    });
    this.outputs(http.httpApi.apiEndpoint, observability.topic.topicArn);
  }

  /**
   * The secret CloudFront sends to the API: the random UUID CloudFormation gives this stack. It never appears in
   * the template or in source, and it is readable only to those who can describe the stack or the function.
   */
  private get originSecret(): string {
    return Fn.select(2, Fn.split("/", Aws.STACK_ID));
  }

  private createApi(props: ReengageStackProps, http: HttpApiConstruct, logs: LogSettings): ApiConstruct {
    const api = new ApiConstruct(this, "Api", {
      httpApi: http.httpApi,
      table: this.data.table,
      indexNames: this.data.indexNames,
      entry: join(props.projectRoot, "functions", "lambda.ts"),
      projectRoot: props.projectRoot,
      issuer: this.auth.issuer,
      audience: this.auth.client.userPoolClientId,
      corsOrigin: this.site.url,
      reservedConcurrency: props.config.reservedConcurrency,
      originSecret: this.originSecret,
      ...logs,
    });
    http.throttleRoutes(api.publicRouteKeys, PUBLIC_THROTTLE, api.routes);
    return api;
  }

  private deploySite(webDistPath: string | undefined, logs: LogSettings): void {
    new SiteDeploymentConstruct(this, "SiteDeployment", {
      bucket: this.site.bucket,
      webDistPath,
      config: {
        authMode: "cognito",
        region: this.region,
        userPoolId: this.auth.userPool.userPoolId,
        clientId: this.auth.client.userPoolClientId,
        cognitoDomain: this.auth.hostedUiUrl,
        redirectUri: `${this.site.url}/`,
      },
      ...logs,
    });
  }

  private outputs(httpApiEndpoint: string, topicArn: string): void {
    const out = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    out("SiteUrl", `${this.site.url}/`, "Open this in a browser");
    out("ApiUrl", `${this.site.url}/api`, "API base URL (same origin as the site)");
    out("HttpApiEndpoint", httpApiEndpoint, "Direct HTTP API endpoint: answers 403 to anything not sent by CloudFront");
    out("UserPoolId", this.auth.userPool.userPoolId, "Cognito user pool id");
    out("UserPoolClientId", this.auth.client.userPoolClientId, "Site app client id (JWT audience)");
    out("CognitoDomain", this.auth.hostedUiUrl, "Hosted UI base URL");
    out("TableName", this.data.table.tableName, "DynamoDB table (retained on destroy)");
    out("AlarmTopicArn", topicArn, "SNS topic receiving alarms");
  }
}
