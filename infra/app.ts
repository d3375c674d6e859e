/**
 * CDK app entry (`npx cdk synth|deploy -c stage=dev [-c alarmEmail=…] [-c domainPrefix=…]`).
 * The only place that reads context and the environment; everything below receives typed props.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Annotations, App, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { ReengageStack } from "./reengage-stack.ts";
import { readStageConfig } from "./stage-config.ts";

const app = new App();
const config = readStageConfig((key) => app.node.tryGetContext(key));
const projectRoot = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
const webDist = (app.node.tryGetContext("webDist") as string | undefined) ?? join(projectRoot, "web", "dist");
const hasWebDist = existsSync(join(webDist, "index.html"));

const stack = new ReengageStack(app, `Reengage-${config.stage}`, {
  description: `Reengage readiness self-assessment (${config.stage})`,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  terminationProtection: config.retain,
  config,
  projectRoot,
  webDistPath: hasWebDist ? webDist : undefined,
});
if (!hasWebDist) {
  Annotations.of(stack).addWarningV2(
    "reengage:noWebDist",
    `${webDist}/index.html not found: only config.json will be uploaded. Run the web build before deploying.`,
  );
}
Tags.of(app).add("project", "reengage");
Tags.of(app).add("stage", config.stage);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
