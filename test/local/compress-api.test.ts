import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressJsonResponses } from "../../functions/local/compress-api.ts";

const big = JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, text: "question text" })) });

function server(headers: Record<string, string>, body = big) {
  let calls = 0;
  const fetch = compressJsonResponses(async (_request: Request) => {
    calls++;
    return new Response(body, { status: 200, headers });
  });
  return { fetch, calls: () => calls };
}

const get = (accept?: string, method = "GET") =>
  new Request("http://localhost/api/x", { method, headers: accept ? { "accept-encoding": accept } : {} });

const immutable = { "content-type": "application/json", etag: '"abc"', "cache-control": "public, immutable" };

describe("compressJsonResponses", () => {
  it("gzips JSON answers for a client that accepts gzip, and says so", async () => {
    const { fetch } = server({ "content-type": "application/json; charset=UTF-8" });
    const res = await fetch(get("gzip, deflate"));
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toContain("Accept-Encoding");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(big.length / 5);
    expect(gunzipSync(bytes).toString()).toBe(big);
  });

  it("sends answers under 1,000 bytes as they are (as CloudFront would), the same bytes", async () => {
    const small = JSON.stringify({ id: "a1", cycle: 2030, answers: {} });
    const res = await server({ "content-type": "application/json" }, small).fetch(get("gzip, br"));
    expect(res.headers.get("content-encoding")).toBe(null);
    expect(await res.text()).toBe(small);
    const edge = "x".repeat(998);
    const atLimit = await server({ "content-type": "application/json" }, `"${edge}"`).fetch(get("gzip"));
    expect(atLimit.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await atLimit.arrayBuffer())).toString()).toBe(`"${edge}"`);
  });

  it("leaves answers alone when the client accepts no compression, for HEAD, and for what is not JSON", async () => {
    expect((await server({ "content-type": "application/json" }).fetch(get())).headers.get("content-encoding")).toBe(
      null,
    );
    expect(
      (await server({ "content-type": "application/json" }).fetch(get("gzip", "HEAD"))).headers.get("content-encoding"),
    ).toBe(null);
    const csv = await server({ "content-type": "text/csv" }).fetch(get("gzip"));
    expect(csv.headers.get("content-encoding")).toBe(null);
    expect(await csv.text()).toBe(big);
  });

  it("compresses an immutable answer with brotli when accepted, the same bytes each time, and weakens its ETag", async () => {
    const { fetch, calls } = server(immutable);
    const first = await fetch(get("gzip, br"));
    const second = await fetch(get("br"));
    expect(calls()).toBe(2);
    expect(first.headers.get("content-encoding")).toBe("br");
    expect(first.headers.get("etag")).toBe('W/"abc"');
    const a = Buffer.from(await first.arrayBuffer());
    const b = Buffer.from(await second.arrayBuffer());
    expect(Number(first.headers.get("content-length"))).toBe(a.length);
    expect(brotliDecompressSync(a).toString()).toBe(big);
    expect(b.equals(a)).toBe(true);
    const gz = await fetch(get("gzip"));
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(big);
  });

  it("passes a 304 (no body) through untouched", async () => {
    const fetch = compressJsonResponses(
      async (_request: Request) => new Response(null, { status: 304, headers: immutable }),
    );
    const res = await fetch(get("br"));
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe('"abc"');
  });
});
