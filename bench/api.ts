/** Bench section: HTTP throughput and latency on the local server, and the Lambda bundle's size and import time. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startLocalServer } from "../test/support/local-server.ts";
import { benchInstrumentRef, documentedAnswer, indicatorIds } from "./bench-answers.ts";
import { bundleBench } from "./lambda-bundle.ts";
import { storeCeiling } from "./store-ceiling.ts";
import type { BenchRow, BenchSection } from "./table.ts";

const CONNECTIONS = 50;
const SECONDS = 5;

export async function json(
  url: string,
  method: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json()) as Record<string, unknown>;
  // A setup request the API refuses would leave the bench timing refusals: stop instead.
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
  return answer;
}

async function prepare(base: string) {
  const token = (await json(`${base}/api/dev/token`, "POST", undefined, { role: "official", country: "NLD" }))
    .token as string;
  const ids: string[] = [];
  for (let i = 0; i < 2 * CONNECTIONS + 1; i += 1) {
    const a = await json(`${base}/api/assessments`, "POST", token, {
      country: "NLD",
      cycle: 2000 + i,
      ...benchInstrumentRef,
    });
    ids.push(a.id as string);
  }
  const answers = Object.fromEntries(indicatorIds.map((id, i) => [id, documentedAnswer((i % 4) as 0 | 1 | 2 | 3)]));
  await json(
    `${base}/api/assessments/${ids[0]}`,
    "PATCH",
    token,
    { answers, profile: { "target-readiness": ["high"] } },
    { "if-match": '"1"' },
  );
  return { token, scored: ids[0] as string, patchable: ids.slice(1) };
}

export function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((done, fail) =>
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (e, r) => (e ? fail(e) : done(r))),
  );
}

/** One second of the same load first, unrecorded, so the JIT and the caches are warm when the clock runs. */
export async function measured(options: autocannon.Options): Promise<autocannon.Result> {
  await run({ ...options, duration: 1 });
  return run(options);
}

/**
 * Every PATCH leases an assessment no other request in flight holds and sends its current version, so every PATCH
 * is a winning write. Its level differs from the one the last PATCH gave that indicator of that assessment, since a
 * save that changes nothing writes nothing. Leases survive autocannon resetting a connection's context; spare ids
 * cover timeouts.
 */
export function patchRequests(ids: string[], startVersion = 1): autocannon.Request[] {
  const free = [...ids];
  const versions = new Map<string, number>(ids.map((id) => [id, startVersion]));
  const levels = new Map<string, number>();
  let n = 0;
  const request: autocannon.Request = {
    method: "PATCH",
    setupRequest: (req, ctx) => {
      const id = free.shift() as string;
      n += 1;
      const indicator = indicatorIds[n % indicatorIds.length] as string;
      const level = ((levels.get(`${id} ${indicator}`) ?? -1) + 1) % 4;
      Object.assign(ctx, { id, indicator, level });
      return {
        ...req,
        path: `/api/assessments/${id}`,
        body: JSON.stringify({ answers: { [indicator]: { level } } }),
        headers: { ...req.headers, "if-match": `"${versions.get(id)}"` },
      };
    },
    onResponse: (status, body, ctx) => {
      const { id, indicator, level } = ctx as { id: string; indicator: string; level: number };
      if (status === 200) {
        versions.set(id, (JSON.parse(body) as { version: number }).version);
        levels.set(`${id} ${indicator}`, level);
      }
      free.push(id);
    },
  };
  return [request];
}

function httpRows(label: string, result: autocannon.Result, baseline: number): BenchRow[] {
  const ratio = result.requests.average / baseline;
  const errors = result.non2xx + result.errors;
  return [
    {
      section: "api",
      metric: `${label} req/s`,
      value: Math.round(result.requests.average),
      unit: "req/s",
      note: `${(ratio * 100).toFixed(0)}% of no-op; ${errors} non-2xx/errors`,
      ...(label === "no-op GET /api/health"
        ? {}
        : label.startsWith("GET")
          ? { target: "≥ 25% of no-op", ok: ratio >= 0.25 }
          : {}),
    },
    {
      section: "api",
      metric: `${label} p99`,
      value: result.latency.p99,
      unit: "ms",
      target: "≤ 50",
      ok: result.latency.p99 <= 50,
      note: `p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, max ${result.latency.max} ms`,
    },
  ];
}

async function httpBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "reengage-bench-api-"));
  const server = await startLocalServer({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, "none") });
  try {
    const { token, scored, patchable } = await prepare(server.url);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const noop = await measured({ url: `${server.url}/api/health` });
    const score = await measured({ url: `${server.url}/api/assessments/${scored}/score`, headers });
    const patch = await measured({ url: server.url, headers, requests: patchRequests(patchable) });
    const base = noop.requests.average;
    return [
      ...httpRows("no-op GET /api/health", noop, base),
      ...httpRows("GET /api/assessments/{id}/score", score, base),
      ...httpRows("PATCH /api/assessments/{id}", patch, base),
    ];
  } finally {
    await server.stop("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const apiBench: BenchSection = async () => [
  ...(await httpBench()),
  ...(await storeCeiling()),
  ...(await bundleBench()),
];
