/**
 * CDK app entry (`npx cdk synth|deploy -c stage=dev [-c alarmEmail=…] [-c domainPrefix=…]`).
 * The only place that reads context and the environment; everything below receives typed props.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Annotations, App, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import { addStageStacks } from "./reengage-app.ts";
import { readStageConfig } from "./stage-config.ts";

const app = new App();
const config = readStageConfig((key) => app.node.tryGetContext(key));
const projectRoot = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
const webDist = (app.node.tryGetContext("webDist") as string | undefined) ?? join(projectRoot, "web", "dist");
const hasWebDist = existsSync(join(webDist, "index.html"));

const { stack } = addStageStacks(app, {
  config,
  env: {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION ?? process.env.AWS_REGION,
  },
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
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true }),
  new ServerlessChecks(app, { verbose: true }),
);
