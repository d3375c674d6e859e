import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitBody } from "../../functions/http/body-limit.ts";

const MAX = 1024;

// Served by @hono/node-server on loopback, as the local server is: a declared length and a chunked body take
// different paths through the middleware, and app.request() sends neither header.
describe("limitBody on a node server", () => {
  let server: ReturnType<typeof serve>;
  let base = "";

  beforeAll(async () => {
    const app = new Hono();
    app.use("*", limitBody({ maxSize: MAX, onError: (c) => c.json({ error: "too large" }, 413) }));
    app.get("/echo", (c) => c.json({ got: null }));
    app.post("/echo", async (c) => c.json({ got: (await c.req.text()).length }));
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((ready) => server.once("listening", ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  const chunked = (bytes: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent < bytes; sent += 100) controller.enqueue(new Uint8Array(Math.min(100, bytes - sent)));
        controller.close();
      },
    });
  const post = (body: string | ReadableStream<Uint8Array>) =>
    fetch(`${base}/echo`, { method: "POST", body, duplex: "half" } as RequestInit);

  it.each([
    ["a declared length at the limit", "x".repeat(MAX), 200],
    ["a declared length over the limit", "x".repeat(MAX + 1), 413],
  ])("judges %s by its Content-Length", async (_what, body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    if (status === 200) expect(await res.json()).toEqual({ got: MAX });
  });

  it.each([
    ["at the limit", MAX, 200],
    ["over the limit", MAX + 50, 413],
  ])("counts a chunked body %s as it reads it", async (_what, bytes, status) => {
    const res = await post(chunked(bytes));
    expect(res.headers.get("content-type")).toContain("json");
    expect(res.status).toBe(status);
    if (status === 200) expect(await res.json()).toEqual({ got: bytes });
  });

  it("lets a request without a body through", async () => {
    const res = await fetch(`${base}/echo`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: null });
  });
});
