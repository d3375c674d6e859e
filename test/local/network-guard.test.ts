import { describe, expect, it } from "vitest";
import {
  allowedHosts,
  guardLocalNetwork,
  isLoopbackAddress,
  isLoopbackHost,
} from "../../functions/local/network-guard.ts";

const ok = () => new Response("ok");
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
const request = (path: string, host: string) =>
  new Request(`http://${host}${path}`, { method: "POST", headers: { host } });

describe("loopback addresses", () => {
  it("accepts 127.0.0.0/8, ::1 and their mapped forms, nothing else", () => {
    for (const a of ["127.0.0.1", "127.4.5.6", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["192.0.2.2", "::ffff:10.0.0.1", "fd00::2", "0.0.0.0", "127.example", "", undefined]) {
      expect(isLoopbackAddress(a)).toBe(false);
    }
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
  });
});

describe("allowed Host values", () => {
  it("are the loopback names on the port, plus HOST when it is set to something else", () => {
    expect([...allowedHosts(3000, "127.0.0.1")].sort()).toEqual(["127.0.0.1:3000", "[::1]:3000", "localhost:3000"]);
    expect(allowedHosts(3000, "fd00::2").has("[fd00::2]:3000")).toBe(true);
    expect(allowedHosts(3000, "Box.LAN").has("box.lan:3000")).toBe(true);
    expect(allowedHosts(80, undefined).has("localhost")).toBe(true);
    expect(allowedHosts(3000, undefined).has("localhost")).toBe(false);
  });
});

describe("guardLocalNetwork", () => {
  const guarded = guardLocalNetwork(ok, { port: 3000, host: "127.0.0.1" });

  it("answers 421 to a Host it does not serve (DNS rebinding) and to a missing one", async () => {
    for (const host of ["evil.example:3000", "localhost:3001", "localhost", "127.0.0.1.evil.example:3000"]) {
      const res = await guarded(request("/api/health", host), from("127.0.0.1"));
      expect(res.status, host).toBe(421);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("misdirected_request");
    }
    const noHost = new Request("http://x/api/health");
    noHost.headers.delete("host");
    expect((await guarded(noHost, from("127.0.0.1"))).status).toBe(421);
  });

  it("passes loopback Host values through, in any case", async () => {
    for (const host of ["localhost:3000", "LOCALHOST:3000", "127.0.0.1:3000", "[::1]:3000"]) {
      expect((await guarded(request("/api/health", host), from("::1"))).status, host).toBe(200);
    }
  });

  it("mints dev tokens only for loopback callers, whatever spelling of the path", async () => {
    const open = guardLocalNetwork(ok, { port: 3000, host: "0.0.0.0" });
    for (const path of ["/api/dev/token", "//api/dev/token", "/API/DEV/TOKEN", "/api/dev/token/"]) {
      expect((await open(request(path, "0.0.0.0:3000"), from("192.0.2.9"))).status, path).toBe(403);
    }
    expect((await open(request("/api/dev/token", "0.0.0.0:3000"), from("127.0.0.1"))).status).toBe(200);
    expect((await open(request("/api/dev/token", "0.0.0.0:3000"), undefined)).status).toBe(403);
    expect((await open(request("/api/health", "0.0.0.0:3000"), from("192.0.2.9"))).status).toBe(200);
  });
});
