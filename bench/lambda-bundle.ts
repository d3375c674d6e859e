/** Bench rows for the Lambda bundle: its size and the time to load it in a fresh Node process. */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { sdkCredentialsAlias } from "../infra/lambda-bundling.ts";
import { median } from "./stats.ts";
import type { BenchRow } from "./table.ts";

const root = resolve(import.meta.dirname, "..");
const SAMPLES = 11;

/** A public route's API Gateway (payload 2.0) event: the first request of a cold start that needs no token. */
const HEALTH_EVENT = {
  version: "2.0",
  rawPath: "/api/health",
  rawQueryString: "",
  headers: { host: "api.example.org" },
  requestContext: { http: { method: "GET", path: "/api/health", sourceIp: "203.0.113.1" }, stage: "$default" },
  isBase64Encoded: false,
};

/** Bundles the handler as the CDK stack does (minified CommonJS, AWS SDK bundled with the same alias). */
async function bundle(): Promise<string> {
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
    // As the stack ships it: the map beside the bundle, not loaded at run time (no --enable-source-maps).
    sourcemap: true,
    sourcesContent: false,
    alias: sdkCredentialsAlias(root),
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

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

/**
 * As the Lambda runtime loads a CommonJS handler: require() in a fresh process, until the module has run; then,
 * in the same process, the first invocation on a public route. Prints both durations in ms.
 */
function coldStart(outfile: string): { load: number; firstRequest: number } {
  const code = [
    "const t=performance.now();const m=require(process.argv[1]);const load=performance.now()-t;",
    'if(typeof m.handler!=="function")throw new Error("no handler export");',
    "const t2=performance.now();",
    "m.handler(JSON.parse(process.argv[2]),{}).then((r)=>{",
    'if(r.statusCode!==200)throw new Error("health answered "+r.statusCode);',
    "console.log(JSON.stringify({load,firstRequest:performance.now()-t2}))});",
  ].join("");
  const out = execFileSync(process.execPath, ["-e", code, outfile, JSON.stringify(HEALTH_EVENT)], { env, cwd: root });
  return JSON.parse(out.toString());
}

/** Bundle size, cold import and cold import plus a first request, medians of fresh processes. */
export async function bundleBench(): Promise<BenchRow[]> {
  const outfile = await bundle();
  const kb = statSync(outfile).size / 1024;
  const runs = Array.from({ length: SAMPLES }, () => coldStart(outfile));
  const load = median(runs.map((r) => r.load));
  const total = median(runs.map((r) => r.load + r.firstRequest));
  return [
    {
      section: "api",
      metric: "Lambda bundle (minified, AWS SDK bundled)",
      value: Number(kb.toFixed(1)),
      unit: "KB",
      target: "≤ 500",
      ok: kb <= 500,
    },
    {
      section: "api",
      metric: `cold import of bundled handler (median of ${SAMPLES})`,
      value: Number(load.toFixed(1)),
      unit: "ms",
      target: "≤ 150",
      ok: load <= 150,
    },
    {
      section: "api",
      metric: "cold import + first request (GET /api/health)",
      value: Number(total.toFixed(1)),
      unit: "ms",
      note: "what a cold start costs before the first answer; the first request loads fetch's Request (undici)",
    },
  ];
}
