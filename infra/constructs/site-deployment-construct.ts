import { Duration, type RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, type ISource, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { acknowledgeGranular } from "./nag-acknowledge.ts";

/** `/config.json` read by the web app at start-up (fixed contract). */
export interface SiteConfig {
  readonly authMode: "cognito";
  readonly region: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly cognitoDomain: string;
  readonly redirectUri: string;
}

export interface SiteDeploymentProps {
  readonly bucket: IBucket;
  readonly config: SiteConfig;
  /** Built web app (`web/dist`); when undefined only `config.json` is deployed. */
  readonly webDistPath?: string;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * Uploads the built app and the generated `config.json`. Hashed files under `assets/` are immutable and go
 * first; `index.html` and `config.json` are revalidated on every load and go last, so a new page never points
 * at a file that is not there yet. Nothing is pruned: a browser still on the previous page keeps its files.
 */
export class SiteDeploymentConstruct extends Construct {
  readonly deployments: BucketDeployment[] = [];

  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    const common = { destinationBucket: props.bucket, prune: false, logGroup };
    const dist = props.webDistPath ? Source.asset(props.webDistPath) : undefined;
    const entrySources: ISource[] = [Source.jsonData("config.json", props.config)];
    let assets: BucketDeployment | undefined;
    if (dist) {
      assets = new BucketDeployment(this, "Assets", {
        ...common,
        sources: [dist],
        exclude: ["*"],
        include: ["assets/*"],
        cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      });
      this.deployments.push(assets);
      entrySources.unshift(dist);
    }
    const entry = new BucketDeployment(this, "Entry", {
      ...common,
      sources: entrySources,
      exclude: ["assets/*"],
      cacheControl: [CacheControl.noCache()],
    });
    if (assets) entry.node.addDependency(assets);
    this.deployments.push(entry);
    this.suppressFindings();
  }

  /** The upload function is CDK's own singleton (stack level), shared by both deployments. */
  private suppressFindings(): void {
    const role = this.deployments[0]!.handlerRole;
    acknowledgeGranular(role, "AwsSolutions-IAM4", "CDK's BucketDeployment handler uses AWSLambdaBasicExecutionRole.");
    const policy = role.node.tryFindChild("DefaultPolicy");
    if (policy) {
      acknowledgeGranular(
        policy,
        "AwsSolutions-IAM5",
        "CDK's BucketDeployment grants itself object-level wildcards on the asset bucket and the site bucket only.",
      );
    }
    for (const child of Stack.of(this).node.children) {
      if (!child.node.id.startsWith("Custom::CDKBucketDeployment")) continue;
      const chosenByCdk = "The runtime of CDK's BucketDeployment handler is chosen by aws-cdk-lib, not by this app.";
      Validations.of(child).acknowledge(
        { id: "AwsSolutions-L1", reason: chosenByCdk },
        { id: "Serverless-LambdaLatestVersion", reason: chosenByCdk },
        {
          id: "Serverless-LambdaDLQ",
          reason: "CDK's BucketDeployment handler runs synchronously for CloudFormation, which reports its failure.",
        },
        {
          id: "Serverless-LambdaTracing",
          reason: "CDK's BucketDeployment handler runs only during deployments; CloudFormation events trace it.",
        },
      );
    }
  }
}
