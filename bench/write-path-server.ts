/**
 * The write-path bench's server side: the local server, as `npm start` runs it, under PATCH at 10 connections, with
 * its CPU time per PATCH (from /proc) and the load generator's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { type LocalServer, startLocalServer } from "../test/support/local-server.ts";
import { json, patchRequests, run } from "./api.ts";
import { benchInstrumentRef, halfAnswered } from "./bench-answers.ts";
import { percentile } from "./stats.ts";

export const CONNECTIONS = 10;
const SECONDS = 5;
/** How long the server runs PATCHes before its warm runs: by then V8 has compiled what a PATCH runs. */
export const WARM_UP_SECONDS = 8;

/** CPU seconds (user + system) a process has used so far, read from /proc (Linux counts in 1/100 s). */
function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * One autocannon run, keeping the time of every answer but each connection's first: a server accepts one new
 * connection per event-loop turn (see README), so a first answer also times the wait to be accepted.
 */
function runOnOpenConnections(options: autocannon.Options) {
  return new Promise<{ result: autocannon.Result; onOpen: number[] }>((done, fail) => {
    const onOpen: number[] = [];
    const answered = new Set<unknown>();
    const instance = autocannon(options, (e, result) => (e ? fail(e) : done({ result, onOpen })));
    instance.on("response", (client, _status, _bytes, ms) => {
      if (answered.has(client)) onOpen.push(ms);
      else answered.add(client);
    });
  });
}

/** One measured run on the server `pid`: its answers' times, its CPU time per PATCH and the load generator's. */
async function measureRun(pid: number, options: autocannon.Options) {
  const cpuBefore = processCpuSeconds(pid);
  const loaderCpuBefore = process.cpuUsage();
  const { result, onOpen } = await runOnOpenConnections({ ...options, duration: SECONDS });
  const cpuMsPerPatch = ((processCpuSeconds(pid) - cpuBefore) * 1000) / result.requests.total;
  const loaderCpu = process.cpuUsage(loaderCpuBefore);
  const loaderCpuMsPerPatch = (loaderCpu.user + loaderCpu.system) / 1000 / result.requests.total;
  onOpen.sort((a, b) => a - b);
  const [p50OnOpen, p99OnOpen] = [percentile(onOpen, 0.5), percentile(onOpen, 0.99)];
  return { result, cpuMsPerPatch, loaderCpuMsPerPatch, p50OnOpen, p99OnOpen };
}

export type MeasuredRun = Awaited<ReturnType<typeof measureRun>>;
export type WarmServer = Awaited<ReturnType<typeof warmServer>>;

/**
 * The local server (HTTP, auth, validation, store) ready for `warmRuns` measured runs of PATCHes at 10 connections on
 * half-answered drafts, with its run just started measured (after a one-second warm-up) and then warmed up. In a
 * server's first seconds under load V8 is still compiling its code (in a run after the one-second warm-up, V8's
 * background threads used 2.4 s of CPU in 4 s, against 0.7 s in a run after eight seconds), while the store alone's
 * runs come after seconds of the same work in this process; the warm runs are the ones the goals compare.
 */
export async function warmServer(dataDir: string, warmRuns: number) {
  const server = await startLocalServer({ DATA_DIR: join(dataDir, "http"), WEB_DIST: join(dataDir, "none") });
  try {
    return await warmUp(server, warmRuns);
  } catch (error) {
    await server.stop("SIGTERM");
    throw error;
  }
}

async function warmUp(server: LocalServer, warmRuns: number) {
  const base = server.url;
  const token = (await json(`${base}/api/dev/token`, "POST", undefined, { role: "official", country: "NLD" }))
    .token as string;
  // A run's end strands the drafts its requests in flight hold (their answers are never read): one set per run, for
  // the 1-s warm-up, the run just started, the warm-up and each warm run.
  const ids: string[] = [];
  for (let i = 0; i < (3 + warmRuns) * CONNECTIONS + 2; i += 1) {
    const a = await json(`${base}/api/assessments`, "POST", token, {
      country: "NLD",
      cycle: 2000 + i,
      ...benchInstrumentRef,
    });
    await json(`${base}/api/assessments/${a.id}`, "PATCH", token, { answers: halfAnswered }, { "if-match": '"1"' });
    ids.push(a.id as string);
  }
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const options = { url: base, headers, connections: CONNECTIONS, requests: patchRequests(ids, 2) };
  const pid = server.process.pid ?? 0;
  await run({ ...options, duration: 1 });
  const justStarted = await measureRun(pid, options);
  await run({ ...options, duration: WARM_UP_SECONDS - 1 - SECONDS });
  return { justStarted, measure: () => measureRun(pid, options), stop: () => server.stop("SIGTERM") };
}
