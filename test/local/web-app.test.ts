import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, IMMUTABLE, REVALIDATE } from "../../functions/local/static-files.ts";
import { webApp } from "../../functions/local/web-app.ts";

const script = `console.log(${JSON.stringify("reengage ".repeat(400))});\n`;
const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body>${"<p>x</p>".repeat(60)}</body></html>`;
let dist = "";
let app: Hono;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "reengage-dist-"));
  dist = join(dir, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), html);
  writeFileSync(join(dist, "assets", "index-AbCd1234.js"), script);
  writeFileSync(join(dist, "favicon.ico"), Buffer.from([0, 0, 1, 0]));
  writeFileSync(join(dir, "secret.txt"), "outside the build");
  const serve = webApp(dist);
  if (!serve) throw new Error("the test build has an index.html");
  app = new Hono();
  app.use("*", serve);
  app.notFound((c) => c.text("not found", 404));
});
afterAll(() => rmSync(join(dist, ".."), { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  app.request(path, { method, headers });

describe("the local server's static files", () => {
  it("sends hashed assets compressed with brotli or gzip, cached for a year as immutable", async () => {
    const br = await get("/assets/index-AbCd1234.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(br.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(script.length / 10);
    expect(Number(br.headers.get("content-length"))).toBe(brBytes.length);
    expect(brotliDecompressSync(brBytes).toString()).toBe(script);

    const gz = await get("/assets/index-AbCd1234.js", { "accept-encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    const plain = await get("/assets/index-AbCd1234.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it("revalidates index.html on every load, answers 304 to a current copy, and serves client routes from it", async () => {
    const first = await get("/", { "accept-encoding": "br" });
    expect(first.headers.get("cache-control")).toBe(REVALIDATE);
    expect(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString()).toBe(html);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await get("/index.html", { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const otherEncoding = await get("/index.html", { "accept-encoding": "gzip", "if-none-match": etag });
    expect(otherEncoding.status).toBe(200);
    const route = await get("/a/123/results");
    expect(route.headers.get("content-type")).toContain("text/html");
    expect(await route.text()).toBe(html);
  });

  it("leaves small and binary files uncompressed, answers HEAD without a body, and reads nothing outside the build", async () => {
    const icon = await get("/favicon.ico", { "accept-encoding": "br, gzip" });
    expect(icon.headers.get("content-encoding")).toBeNull();
    expect(icon.headers.get("cache-control")).toBe(REVALIDATE);
    const head = await get("/assets/index-AbCd1234.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await head.text()).toBe("");
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/missing-AbCd1234.js", "/%E0%A4%A.js"])
      expect((await get(path)).status, path).toBe(404);
    expect((await get("/config.json")).status).toBe(200);
    expect((await get("/index.html", {}, "POST")).status).toBe(404);
  });

  it("chooses brotli, then gzip, then none, honouring q=0 and the wildcard", () => {
    const all = ["br", "gzip", "identity"] as const;
    expect(chooseEncoding("gzip, br", [...all])).toBe("br");
    expect(chooseEncoding("br;q=0, gzip;q=0.5", [...all])).toBe("gzip");
    expect(chooseEncoding("*", [...all])).toBe("br");
    expect(chooseEncoding("*, br;q=0", [...all])).toBe("gzip");
    expect(chooseEncoding("br", ["identity"])).toBe("identity");
    expect(chooseEncoding(undefined, [...all])).toBe("identity");
  });
});
