import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { afterAll, expect } from "vitest";
import { addStageStacks } from "../../infra/reengage-app.ts";
import { readStageConfig } from "../../infra/stage-config.ts";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");

/** Everything a test run writes (cloud assemblies, fake web builds) goes here and is removed at exit. */
const scratch = mkdtempSync(join(tmpdir(), "reengage-infra-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

export interface SynthOptions {
  /** Run esbuild for the API function (a few seconds); otherwise the asset is not bundled. */
  readonly bundle?: boolean;
  /** Extra CDK context, as given with `-c key=value`. */
  readonly context?: Record<string, string>;
}

/** A throwaway `web/dist` so tests never depend on the web build. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(scratch, "web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="/assets/app-abc123.js"></script>');
  writeFileSync(join(dir, "assets", "app-abc123.js"), "console.log('reengage');");
  return dir;
}

/** Builds the stack the way `infra/app.ts` does (same cdk.json feature flags), without the CLI. */
export function synthStack(options: SynthOptions = {}) {
  const cdkJson = JSON.parse(readFileSync(join(projectRoot, "cdk.json"), "utf8")) as { context: object };
  const context: Record<string, unknown> = { ...cdkJson.context, ...options.context };
  if (!options.bundle) context["aws:cdk:bundling-stacks"] = [];
  const app = new App({
    outdir: mkdtempSync(join(scratch, "cdk-")),
    context,
    // `npm run synth` runs CDK's CloudFormation schema validation; the unit tests skip it for speed.
    builtinCloudFormationValidation: false,
  });
  const config = readStageConfig((key) => app.node.tryGetContext(key));
  const { stack, edge } = addStageStacks(app, {
    env: { account: "123456789012", region: "eu-west-1" },
    config,
    projectRoot,
    webDistPath: fakeWebDist(),
  });
  return { app, stack, edge, template: Template.fromStack(stack), config };
}

export type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

export const resourcesOf = (template: Template, type: string): Record<string, Resource> =>
  template.findResources(type) as Record<string, Resource>;

export const only = <T>(values: T[]): T => {
  expect(values).toHaveLength(1);
  return values[0]!;
};

export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
