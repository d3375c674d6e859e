import { Duration, type RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { type ITableV2, Operation } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface ObservabilityProps {
  readonly dashboardName: string;
  readonly httpApi: IHttpApi;
  readonly handler: IFunction;
  readonly functionTimeout: Duration;
  readonly table: ITableV2;
  /** Subscribed to the alarm topic when set (the address must confirm the subscription). */
  readonly alarmEmail?: string;
  /** API 5xx responses in five minutes that raise the alarm. @default 3 */
  readonly api5xxThreshold?: number;
  /** The stage's removal policy: the topic's key is kept or deleted with the rest of the stage's data. */
  readonly removalPolicy: RemovalPolicy;
  /** The function's reserved concurrency; when set, an alarm fires as concurrency nears it. */
  readonly reservedConcurrency?: number;
}

/** Share of the reserved concurrency at which the concurrency alarm fires, before requests get throttled. */
const CONCURRENCY_ALARM_SHARE = 0.8;

const PERIOD = Duration.minutes(5);
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.QUERY,
  Operation.BATCH_GET_ITEM,
  Operation.BATCH_WRITE_ITEM,
];

/** Alarms (API 5xx, Lambda errors/throttles/slowness, DynamoDB throttles) to an encrypted SNS topic, and a dashboard. */
export class ObservabilityConstruct extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.topic = this.createTopic(props.removalPolicy);
    if (props.alarmEmail) {
      const subscription = this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      Validations.of(subscription).acknowledge({
        id: "Serverless-SNSRedrivePolicy",
        reason:
          "An e-mail subscription: SNS retries delivery itself, and the alarm's state stays in CloudWatch and on " +
          "the dashboard, so an undelivered mail loses no data a dead-letter queue would keep.",
      });
    }
    const metrics = this.metrics(props);
    this.alarm("Api5xx", metrics.api5xx, props.api5xxThreshold ?? 3, "API answered with 5xx");
    this.alarm("LambdaErrors", metrics.errors, 1, "API function threw (unhandled error or timeout)");
    this.alarm("LambdaThrottles", metrics.throttles, 1, "API function was throttled (reserved concurrency reached)");
    this.alarm("LambdaSlow", metrics.durationP99, props.functionTimeout.toMilliseconds() * 0.8, "p99 near timeout", 3);
    this.alarm("TableThrottles", metrics.tableThrottles, 1, "DynamoDB throttled requests");
    if (props.reservedConcurrency !== undefined) {
      const near = Math.max(1, Math.floor(props.reservedConcurrency * CONCURRENCY_ALARM_SHARE));
      this.alarm(
        "ConcurrencyNearLimit",
        metrics.concurrency,
        near,
        `concurrency at ${near} of ${props.reservedConcurrency} reserved`,
      );
    }
    this.dashboard = this.createDashboard(props.dashboardName, metrics);
  }

  private createTopic(removalPolicy: RemovalPolicy): Topic {
    const key = new Key(this, "TopicKey", {
      description: "Encrypts Reengage alarm notifications",
      enableKeyRotation: true,
      pendingWindow: Duration.days(7),
      removalPolicy,
    });
    // CloudWatch must be able to use the key to publish to the encrypted topic.
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("cloudwatch.amazonaws.com")],
        actions: ["kms:Decrypt", "kms:GenerateDataKey*"],
        resources: ["*"],
        conditions: { StringEquals: { "aws:SourceAccount": Stack.of(this).account } },
      }),
    );
    const topic = new Topic(this, "AlarmTopic", { masterKey: key, enforceSSL: true, displayName: "Reengage alarms" });
    topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("cloudwatch.amazonaws.com")],
        actions: ["sns:Publish"],
        resources: [topic.topicArn],
        conditions: { StringEquals: { "aws:SourceAccount": Stack.of(this).account } },
      }),
    );
    return topic;
  }

  private metrics(props: ObservabilityProps) {
    const fn = props.handler;
    return {
      requests: props.httpApi.metricCount({ period: PERIOD }),
      api4xx: props.httpApi.metricClientError({ period: PERIOD }),
      api5xx: props.httpApi.metricServerError({ period: PERIOD }),
      latencyP99: props.httpApi.metricLatency({ period: PERIOD, statistic: "p99" }),
      invocations: fn.metricInvocations({ period: PERIOD }),
      errors: fn.metricErrors({ period: PERIOD }),
      throttles: fn.metricThrottles({ period: PERIOD }),
      durationP99: fn.metricDuration({ period: PERIOD, statistic: "p99" }),
      concurrency: fn.metric("ConcurrentExecutions", { period: PERIOD, statistic: "Maximum" }),
      tableThrottles: props.table.metricThrottledRequestsForOperations({
        operations: TABLE_OPERATIONS,
        period: PERIOD,
      }),
      readUnits: props.table.metricConsumedReadCapacityUnits({ period: PERIOD }),
      writeUnits: props.table.metricConsumedWriteCapacityUnits({ period: PERIOD }),
    };
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, periods = 1): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: periods,
      datapointsToAlarm: periods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `Reengage: ${description}`,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }

  private createDashboard(name: string, m: ReturnType<ObservabilityConstruct["metrics"]>): Dashboard {
    const graph = (title: string, left: IMetric[], right: IMetric[] = []) =>
      new GraphWidget({ title, left, right, width: 8, height: 6 });
    const dashboard = new Dashboard(this, "Dashboard", { dashboardName: name });
    dashboard.addWidgets(new AlarmStatusWidget({ title: "Alarms", alarms: this.alarms, width: 24, height: 3 }));
    dashboard.addWidgets(
      graph("API requests and errors", [m.requests], [m.api4xx, m.api5xx]),
      graph("API latency p99 (ms)", [m.latencyP99]),
      graph("Function invocations, errors, throttles", [m.invocations], [m.errors, m.throttles]),
    );
    dashboard.addWidgets(
      graph("Function duration p99 (ms)", [m.durationP99]),
      graph("Function concurrency (max)", [m.concurrency]),
      graph("DynamoDB capacity and throttles", [m.readUnits, m.writeUnits], [m.tableThrottles]),
    );
    return dashboard;
  }
}
