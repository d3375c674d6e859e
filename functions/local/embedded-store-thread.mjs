// The embedded store's own thread: dynalite, answering the requests the server's SDK client posts to it.
// Plain JavaScript because a worker thread starts without the TypeScript loader (tsx, vitest) that runs the rest.
import { EventEmitter } from "node:events";
import { parentPort, workerData } from "node:worker_threads";
import dynalite from "dynalite";

/** @type {{ path?: string }} In memory when `path` is missing (tests). */
const { path } = workerData;
const server = dynalite({ ...(path ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
// Listening on a loopback port only lets dynalite's own close() shut the LevelDB store down cleanly.
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const listener = server.listeners("request")[0];

/**
 * @typedef {{ id: number, method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array }}
 *   PostedRequest
 */

/**
 * Hands one posted request to dynalite's HTTP listener as the little of a request and a response it reads, and
 * posts the answer back under the request's id.
 * @param {PostedRequest} request
 */
function answer(request) {
  // Node's own requests carry lower-case header names, which is how dynalite reads them.
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const req = Object.assign(new EventEmitter(), { method: request.method, url: request.path, headers });
  const answerHeaders = {};
  const res = {
    statusCode: 200,
    setHeader: (name, value) => {
      answerHeaders[name.toLowerCase()] = String(value);
    },
    end: (chunk) => {
      const body = chunk === undefined ? new Uint8Array() : typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      parentPort.postMessage({ id: request.id, statusCode: res.statusCode, headers: answerHeaders, body });
    },
  };
  listener(req, res);
  // The listener attaches its handlers synchronously; deliver the body on the next tick, as a socket would.
  process.nextTick(() => {
    if (request.body?.length) req.emit("data", Buffer.from(request.body));
    req.emit("end");
  });
}

parentPort.on("message", (message) => {
  if (message === "close") server.close(() => parentPort.postMessage("closed"));
  else answer(message);
});
parentPort.postMessage("ready");
