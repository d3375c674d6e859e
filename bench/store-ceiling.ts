/**
 * Bench rows for the store alone, without HTTP: what the embedded store (persisted dynalite behind the AWS SDK, as
 * `npm start` runs it) can do at the HTTP bench's concurrency. They bound what any route on top of it can reach.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Assessment } from "../functions/core/assessment.ts";
import { ensureTable, startEmbeddedDynamo } from "../functions/local/embedded-dynamo.ts";
import { withLocalStoreCaches } from "../functions/local/local-store-caches.ts";
import { createDocumentClient, createStore, type Store } from "../functions/store/create-store.ts";
import { benchInstrumentRef, halfAnswered, indicatorIds } from "./bench-answers.ts";
import { percentile } from "./stats.ts";
import type { BenchRow } from "./table.ts";

const IN_FLIGHT = 50;
const TABLE = "bench";

export interface Load {
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU time (user + system) this process spent per op, in ms: noise from other processes does not inflate it. */
  cpuMsPerOp: number;
}

/** Runs `op` from `inFlight` workers for `ms`, recording each op's latency and this process's CPU time. */
export async function load(inFlight: number, ms: number, op: (n: number) => Promise<unknown>): Promise<Load> {
  const latencies: number[] = [];
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  let n = 0;
  const worker = async () => {
    while (performance.now() - started < ms) {
      n += 1;
      const t = performance.now();
      await op(n);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const cpu = process.cpuUsage(cpuAtStart);
  latencies.sort((a, b) => a - b);
  const perSecond = latencies.length / ((performance.now() - started) / 1000);
  const cpuMsPerOp = (cpu.user + cpu.system) / 1000 / latencies.length;
  return { perSecond, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), cpuMsPerOp };
}

/** Half-answered drafts (the write-path bench's HTTP side writes the same), each held by one worker at a time. */
async function drafts(
  store: Store,
  country: string,
  count: number,
): Promise<{ lease: () => Assessment; release: (a: Assessment) => void }> {
  const free: Assessment[] = [];
  for (let i = 0; i < count; i += 1) {
    const created = await store.assessments.create({
      country,
      cycle: 2000 + i,
      ...benchInstrumentRef,
    });
    free.push(await store.assessments.patch(created.id, created.version, { answers: halfAnswered }));
  }
  return { lease: () => free.shift() as Assessment, release: (a) => free.push(a) };
}

/**
 * One PATCH's store work: read the draft (the ownership check), list its respondents' answers (the spread check
 * of a consolidated answer), then the conditional UpdateItem.
 */
export async function patchLoad(store: Store, country: string, inFlight: number): Promise<Load> {
  const pool = await drafts(store, country, 2 * Math.max(inFlight, 1));
  return load(inFlight, 3000, async (n) => {
    const held = pool.lease();
    await store.assessments.get(held.id);
    await store.responses.list(held.id);
    const answer = { [indicatorIds[n % indicatorIds.length] as string]: { level: (n % 4) as 0 | 1 | 2 | 3 } };
    pool.release(await store.assessments.patch(held.id, held.version, { answers: answer }));
  });
}

export async function storeCeiling(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "reengage-bench-store-"));
  const embedded = await startEmbeddedDynamo(dataDir);
  try {
    await ensureTable(embedded.connection, "local", TABLE);
    const credentials = { accessKeyId: "local", secretAccessKey: "local" };
    const client = createDocumentClient({ region: "local", ...embedded.connection, credentials, maxAttempts: 3 });
    const store = createStore({
      client: withLocalStoreCaches(client),
      tableName: TABLE,
      now: () => new Date(),
      newId: randomUUID,
    });
    const Key = { pk: "ASSESSMENT#x", sk: "META" };
    const answers = Object.fromEntries(indicatorIds.map((id, i) => [id, { level: i % 4, evidence: "documented" }]));
    await client.send(new PutCommand({ TableName: TABLE, Item: { ...Key, answers } }));
    const get = await load(IN_FLIGHT, 3000, () =>
      client.send(new GetCommand({ TableName: TABLE, Key, ConsistentRead: true })),
    );
    const alone = await patchLoad(store, "NLD", 1);
    const loaded = await patchLoad(store, "NOR", IN_FLIGHT);
    return [
      {
        section: "api",
        metric: "store ceiling: SDK GetItem on the embedded store, no cache",
        value: Math.round(get.perSecond),
        unit: "ops/s",
        note: `${IN_FLIGHT} in flight, p99 ${get.p99.toFixed(1)} ms; the local server's item cache answers repeat reads`,
      },
      {
        section: "api",
        metric: "store ceiling: a PATCH's store work, one at a time",
        value: Number(alone.p50.toFixed(2)),
        unit: "ms",
        note: `p50 (p99 ${alone.p99.toFixed(1)} ms, ${Math.round(alone.perSecond)} ops/s): read + conditional UpdateItem of a half-answered draft, item and 2 GSI copies rewritten`,
      },
      {
        section: "api",
        metric: `store ceiling: a PATCH's store work, ${IN_FLIGHT} in flight, p99`,
        value: Number(loaded.p99.toFixed(1)),
        unit: "ms",
        note: `${Math.round(loaded.perSecond)} ops/s, p50 ${loaded.p50.toFixed(1)} ms, no HTTP at all: the floor under PATCH's p99 at ${IN_FLIGHT} connections`,
      },
    ];
  } finally {
    await embedded.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
