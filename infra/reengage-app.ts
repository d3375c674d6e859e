import type { App, Environment } from "aws-cdk-lib";
import { EdgeStack } from "./edge-stack.ts";
import { ReengageStack } from "./reengage-stack.ts";
import type { StageConfig } from "./stage-config.ts";

export interface StageStacksProps {
  readonly config: StageConfig;
  /** Account and region of the stage; the region must be known when the stage has a WAF. */
  readonly env: Environment;
  readonly projectRoot: string;
  readonly webDistPath?: string;
}

/** Requests one IP may make in 5 minutes: far above one person's use, low enough to blunt a flood. */
const WAF_RATE_LIMIT = 2000;

/**
 * The stacks of one stage: `Reengage-<stage>` in the stage's region and, with a WAF, `Reengage-<stage>-edge` in
 * us-east-1 holding the CloudFront web ACL, referred to across regions.
 */
export function addStageStacks(app: App, props: StageStacksProps): { stack: ReengageStack; edge?: EdgeStack } {
  const { config, env } = props;
  const crossRegion = config.waf;
  if (crossRegion && (env.region === undefined || env.region.startsWith("${Token"))) {
    throw new Error("a stage with a WAF needs its region (set AWS_REGION or CDK_DEFAULT_REGION) to refer to us-east-1");
  }
  const edge = config.waf
    ? new EdgeStack(app, `Reengage-${config.stage}-edge`, {
        description: `Reengage CloudFront WAF (${config.stage})`,
        env: { account: env.account, region: "us-east-1" },
        crossRegionReferences: true,
        terminationProtection: config.retain,
        rateLimitPer5Minutes: WAF_RATE_LIMIT,
        metricPrefix: `reengage-${config.stage}`,
      })
    : undefined;
  const stack = new ReengageStack(app, `Reengage-${config.stage}`, {
    description: `Reengage readiness self-assessment (${config.stage})`,
    env,
    crossRegionReferences: crossRegion,
    terminationProtection: config.retain,
    config,
    projectRoot: props.projectRoot,
    webDistPath: props.webDistPath,
    webAclArn: edge?.webAcl.attrArn,
  });
  if (edge) stack.addStackDependency(edge);
  return { stack, edge };
}
