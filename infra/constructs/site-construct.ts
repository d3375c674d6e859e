import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionEventType,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { apiHeadersPolicy, siteHeadersPolicy, spaRewriteFunction } from "./site-policies.ts";

export interface SiteProps {
  /** Host name of the HTTP API (`<id>.execute-api.<region>.amazonaws.com`), routed under `/api/*`. */
  readonly apiOriginDomain: string;
  /** Days to keep S3 and CloudFront access logs. */
  readonly logRetentionDays: number;
  /** Removal policy of the access-log bucket (the site bucket is rebuilt from `web/dist` on every deploy). */
  readonly logRemovalPolicy: RemovalPolicy;
  /** Added by CloudFront to every API request, so the API can refuse requests that did not come through it. */
  readonly originHeader: { readonly name: string; readonly value: string };
  /** ARN of a WAF web ACL (scope CLOUDFRONT, in us-east-1) to attach; none when undefined. */
  readonly webAclArn?: string;
}

/** S3 + CloudFront: the static app from a private bucket (OAC), `/api/*` to the HTTP API, same origin. */
export class SiteConstruct extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<distribution>.cloudfront.net`, without a trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    this.logBucket = this.createLogBucket(props);
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: "s3/",
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    this.distribution = this.createDistribution(props);
    this.url = `https://${this.distribution.distributionDomainName}`;
    this.suppressFindings(props.webAclArn !== undefined);
  }

  private createLogBucket(props: SiteProps): Bucket {
    return new Bucket(this, "LogBucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.logRetentionDays) }],
      removalPolicy: props.logRemovalPolicy,
      autoDeleteObjects: props.logRemovalPolicy === RemovalPolicy.DESTROY,
    });
  }

  private createDistribution(props: SiteProps): Distribution {
    const api = new HttpOrigin(props.apiOriginDomain, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      // CloudFront replaces a viewer's header of the same name, so a viewer cannot forge or strip it.
      customHeaders: { [props.originHeader.name]: props.originHeader.value },
    });
    return new Distribution(this, "Distribution", {
      comment: "Reengage site and API",
      webAclId: props.webAclArn,
      defaultRootObject: "index.html",
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: "cloudfront/",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: siteHeadersPolicy(this, "SiteHeaders"),
        functionAssociations: [
          { eventType: FunctionEventType.VIEWER_REQUEST, function: spaRewriteFunction(this, "SpaRewrite") },
        ],
      },
      additionalBehaviors: {
        "/api/*": {
          origin: api,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Caching off: with CachingDisabled, AllViewerExceptHostHeader forwards Authorization.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeadersPolicy(this, "ApiHeaders"),
        },
      },
    });
  }

  private suppressFindings(hasWaf: boolean): void {
    if (!hasWaf) {
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions-CFR2",
        reason:
          "WAF is on by default in prod only (a fixed monthly cost per stage; context waf=true adds it here). API " +
          "routes are JWT-protected and throttled, and the API refuses requests that bypass CloudFront.",
      });
    }
    Validations.of(this.logBucket).acknowledge({
      id: "AwsSolutions-S1",
      reason: "This is the access-log bucket itself; logging it into itself would loop.",
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: "AwsSolutions-CFR1",
        reason: "Officials of any UN member state must reach the site; access is controlled by Cognito, not geography.",
      },
      {
        id: "AwsSolutions-CFR4",
        reason:
          "The default *.cloudfront.net certificate cannot pin a minimum TLS version; a custom domain with an ACM " +
          "certificate (TLSv1.2_2021) is the remedy when the deployment gets its own name.",
      },
    );
  }
}
