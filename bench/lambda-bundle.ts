/** Bench rows for the Lambda bundle: its size and the time to load it in a fresh Node process. */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import type { BenchRow } from "./table.ts";

const root = resolve(import.meta.dirname, "..");

/** Bundles the handler as the CDK stack does (minified CommonJS, AWS SDK from the runtime) and times a cold load. */
export async function bundleBench(): Promise<BenchRow[]> {
  const outdir = join(root, ".tmp", "bench-bundle");
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, "index.js");
  // Like the Lambda asset folder: no "type": "module" above it, so index.js is CommonJS.
  writeFileSync(join(outdir, "package.json"), '{ "type": "commonjs" }\n');
  await build({
    entryPoints: [join(root, "functions/lambda.ts")],
    bundle: true,
    minify: true,
    platform: "node",
    target: "node22",
    format: "cjs",
    mainFields: ["module", "main"],
    outfile,
    external: ["@aws-sdk/*", "@smithy/*"],
    logLevel: "silent",
  });
  const kb = statSync(outfile).size / 1024;
  const env = {
    ...process.env,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    AUTH_MODE: "cognito",
    TABLE_NAME: "t",
    JWT_ISSUER: "https://issuer.example",
    JWT_AUDIENCE: "a",
    JWKS_URL: "https://issuer.example/jwks",
    AWS_REGION: "eu-west-1",
  };
  // As the Lambda runtime loads a CommonJS handler: require() in a fresh process, until the module has run.
  const time = (target: string, isHandler = false) => {
    const check = isHandler ? `if(typeof m.handler!=="function")throw new Error("no handler export");` : "";
    const code = `const t=performance.now();const m=require(${JSON.stringify(target)});const d=performance.now()-t;${check}console.log(d)`;
    return Number(execFileSync(process.execPath, ["-e", code], { env, cwd: root }).toString());
  };
  const samples = Array.from({ length: 5 }, () => time(outfile, true)).sort((a, b) => a - b);
  const baseline = Array.from({ length: 5 }, () => time("node:http")).sort((a, b) => a - b);
  const sdk = Array.from({ length: 5 }, () => time("@aws-sdk/lib-dynamodb")).sort((a, b) => a - b);
  const median = samples[2] as number;
  return [
    {
      section: "api",
      metric: "Lambda bundle (minified, SDK external)",
      value: Number(kb.toFixed(1)),
      unit: "KB",
      target: "≤ 500",
      ok: kb <= 500,
    },
    {
      section: "api",
      metric: "cold import of bundled handler (median of 5)",
      value: Number(median.toFixed(1)),
      unit: "ms",
      target: "≤ 150",
      ok: median <= 150,
      note: `of which the AWS SDK alone (lib-dynamodb + client, same way): ${(sdk[2] as number).toFixed(1)} ms; node:http ${(baseline[2] as number).toFixed(1)} ms`,
    },
  ];
}
