import { EventEmitter } from "node:events";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

interface SdkRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

interface SdkResponse {
  statusCode: number;
  headers: Record<string, string>;
  /** Bytes, not a stream: the SDK reads a Uint8Array body as it is instead of collecting a stream's chunks. */
  body: Uint8Array;
}

function fakeRequest(request: SdkRequest): IncomingMessage {
  const req = new EventEmitter() as IncomingMessage;
  req.method = request.method;
  req.url = request.path;
  req.headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const raw = request.body;
  const body =
    raw === undefined
      ? undefined
      : typeof raw === "string"
        ? Buffer.from(raw, "utf8")
        : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  // The listener attaches its handlers synchronously; deliver the body on the next tick, as a socket would.
  process.nextTick(() => {
    if (body?.length) req.emit("data", body);
    req.emit("end");
  });
  return req;
}

function fakeResponse(done: (response: SdkResponse) => void): ServerResponse {
  const headers: Record<string, string> = {};
  const res = {
    statusCode: 200,
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    end: (chunk?: string | Buffer) => {
      const body = chunk === undefined ? new Uint8Array() : typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      done({ statusCode: res.statusCode, headers, body });
    },
  };
  return res as unknown as ServerResponse;
}

/**
 * An AWS SDK request handler that hands each request straight to the embedded store's HTTP listener, without a
 * loopback socket: the embedded store lives in this process, so the socket round trip is pure overhead.
 */
export function inProcessHandler(listener: RequestListener) {
  return {
    metadata: { handlerProtocol: "in-process" },
    handle: (request: SdkRequest) =>
      new Promise<{ response: SdkResponse }>((resolve) => {
        listener(
          fakeRequest(request),
          fakeResponse((response) => resolve({ response })),
        );
      }),
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}
