import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../support/local-server.ts";

/** This machine's first address that is not loopback (the test container has one on eth0). */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

/** A raw HTTP request, so the test controls the Host header (fetch would set it from the URL). */
function send(url: string, path: string, host: string, method = "GET") {
  const { hostname, port } = new URL(url);
  return new Promise<number>((done, fail) => {
    const req = request({
      hostname: hostname.replace(/^\[|\]$/g, ""),
      port,
      path,
      method,
      headers: { host, "content-type": "application/json" },
    });
    req.on("response", (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end(method === "POST" ? JSON.stringify({ role: "analyst" }) : undefined);
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "reengage-local-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm start on its defaults", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ DATA_DIR: join(dir, "default"), WEB_DIST: join(dir, "no-web") });
  });
  afterAll(() => server.stop());

  it("listens on loopback only, without a warning", async () => {
    const port = new URL(server.url).port;
    expect(await send(server.url, "/api/health", `localhost:${port}`)).toBe(200);
    expect(outside, "the test needs an address that is not loopback").toBeDefined();
    await expect(send(`http://${outside}:${port}`, "/api/health", `localhost:${port}`)).rejects.toThrow(/ECONNREFUSED/);
    expect(server.output()).not.toMatch(/Warning/);
  });

  it("refuses a foreign Host (DNS rebinding) with 421 and mints tokens for loopback callers", async () => {
    const port = new URL(server.url).port;
    expect(await send(server.url, "/api/health", `rebind.example:${port}`)).toBe(421);
    expect(await send(server.url, "/api/dev/token", `rebind.example:${port}`, "POST")).toBe(421);
    expect(await send(server.url, "/api/dev/token", `[::1]:${port}`, "POST")).toBe(200);
  });
});

describe("npm start with HOST set to an outside address", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ HOST: outside as string, DATA_DIR: join(dir, "lan"), WEB_DIST: join(dir, "x") });
  });
  afterAll(() => server.stop());

  it("warns, answers HOST, and refuses dev tokens to callers that are not on loopback", async () => {
    const port = new URL(server.url).port;
    expect(server.output()).toMatch(new RegExp(`Warning: HOST=${outside}`));
    expect(await send(server.url, "/api/health", `${outside}:${port}`)).toBe(200);
    expect(await send(server.url, "/api/dev/token", `${outside}:${port}`, "POST")).toBe(403);
  });
});
