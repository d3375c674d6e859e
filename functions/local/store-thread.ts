import { Worker } from "node:worker_threads";

interface SdkRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

interface SdkResponse {
  statusCode: number;
  headers: Record<string, string>;
  /** Bytes, not a stream: the SDK reads a Uint8Array body as it is instead of collecting a stream's chunks. */
  body: Uint8Array;
}

interface ThreadAnswer extends SdkResponse {
  id: number;
}

interface Waiting {
  resolve: (answer: { response: SdkResponse }) => void;
  reject: (error: Error) => void;
}

/** The store's thread has stopped: the request cannot be answered (the store layer reports it as unavailable). */
export class StoreThreadStopped extends Error {
  override name = "StoreThreadStopped";
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  return lower;
}

/**
 * Starts dynalite in a thread of its own (persisted under `path`, or in memory without one) and returns an AWS SDK
 * request handler that posts each request to it. The store's work (LevelDB, item copies, expressions) then runs
 * beside the server's HTTP, validation and SDK work instead of taking turns with it on one event loop, as a
 * database runs beside its clients; a PATCH over HTTP at 10 connections went from 299–344 to 358–525 per second.
 */
export async function startStoreThread(path?: string) {
  const worker = new Worker(new URL("./embedded-store-thread.mjs", import.meta.url), { workerData: { path } });
  const waiting = new Map<number, Waiting>();
  let stopped: Error | undefined;
  let onClosed: (() => void) | undefined;
  const stop = (error: Error) => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(stopped);
    waiting.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: "ready" | "closed" | ThreadAnswer) => {
      if (message === "ready") return resolve();
      if (message === "closed") return onClosed?.();
      const { id, ...response } = message;
      waiting.get(id)?.resolve({ response });
      waiting.delete(id);
    });
  });
  worker.on("error", (error) => stop(new StoreThreadStopped(`the embedded store's thread failed: ${error.message}`)));
  worker.on("exit", (code) => stop(new StoreThreadStopped(`the embedded store's thread exited (code ${code})`)));
  await ready;
  let nextId = 0;
  const requestHandler = {
    metadata: { handlerProtocol: "store-thread" },
    handle: (request: SdkRequest) =>
      new Promise<{ response: SdkResponse }>((resolve, reject) => {
        if (stopped) return reject(stopped);
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        const { method, path, body } = request;
        worker.postMessage({ id, method, path, headers: lowerCaseKeys(request.headers), body });
      }),
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
  const close = async () => {
    if (!stopped)
      await new Promise<void>((resolve) => {
        onClosed = resolve;
        worker.postMessage("close");
      });
    await worker.terminate();
  };
  return { requestHandler, close };
}
