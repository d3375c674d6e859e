/** Bench section: the API Lambda bundle exactly as `cdk synth` packages it (local esbuild, minified ESM). */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { App } from "aws-cdk-lib";
import { ReengageStack } from "../infra/reengage-stack.ts";
import { readStageConfig } from "../infra/stage-config.ts";
import type { BenchSection } from "./table.ts";

const TARGET_KB = 500;
const projectRoot = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");

interface LambdaResource {
  Type: string;
  Properties: { Runtime?: string; Code?: { S3Key?: string } };
}

/** Synthesizes the stack into a temporary cloud assembly and returns the API function's asset folder. */
function synthesizeApiAsset(outdir: string): string {
  const { context } = JSON.parse(readFileSync(join(projectRoot, "cdk.json"), "utf8")) as { context: object };
  const app = new App({ outdir, context: { ...context, stage: "bench" }, builtinCloudFormationValidation: false });
  const config = readStageConfig((key) => app.node.tryGetContext(key));
  const stack = new ReengageStack(app, "Reengage-bench", { config, projectRoot });
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, LambdaResource> };
  const fn = Object.values(template.Resources).find(
    (r) => r.Type === "AWS::Lambda::Function" && r.Properties.Runtime?.startsWith("nodejs22"),
  );
  const key = fn?.Properties.Code?.S3Key;
  if (!key) throw new Error("API function asset not found in the synthesized template");
  return join(assembly.directory, `asset.${key.replace(/\.zip$/, "")}`);
}

export const infraBench: BenchSection = async () => {
  const outdir = mkdtempSync(join(tmpdir(), "reengage-bench-cdk-"));
  try {
    const started = performance.now();
    const asset = synthesizeApiAsset(outdir);
    const seconds = (performance.now() - started) / 1000;
    const code = readFileSync(join(asset, "index.js"));
    const kb = code.length / 1024;
    const mapKb = statSync(join(asset, "index.js.map")).size / 1024;
    const gzipKb = gzipSync(code).length / 1024;
    return [
      {
        section: "infra",
        metric: "API Lambda bundle (index.js)",
        value: Number(kb.toFixed(1)),
        unit: "KB",
        target: `≤ ${TARGET_KB}`,
        ok: kb <= TARGET_KB,
        note: `${code.length} bytes, ${gzipKb.toFixed(1)} KB gzipped; source map ${mapKb.toFixed(0)} KB; AWS SDK bundled, credentials from the environment only`,
      },
      { section: "infra", metric: "synthesize stack (incl. esbuild)", value: Number(seconds.toFixed(1)), unit: "s" },
    ];
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};
