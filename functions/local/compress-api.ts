import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { chooseEncoding, type Encoding } from "./static-files.ts";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// biome-ignore lint/suspicious/noExplicitAny: the wrapped fetch's extra arguments (bindings, context) pass through untouched
type Fetch = (request: Request, ...rest: any[]) => Response | Promise<Response>;

/**
 * Smaller answers go as they are: compressing them saves a few hundred bytes at most and cost 2–3 ms of this
 * process's time each (most answers of a questionnaire's first view are that small). CloudFront, deployed, likewise
 * compresses only bodies from 1,000 bytes up.
 */
const MIN_COMPRESSED_BYTES = 1_000;

/** Compressed bodies of immutable answers (instrument versions), by ETag and encoding: compressed once, then reused. */
const immutableBodies = new Map<string, Promise<Uint8Array>>();

function compressOnce(etag: string, encoding: "br" | "gzip", res: Response): Promise<Uint8Array> {
  const key = `${encoding} ${etag}`;
  let body = immutableBodies.get(key);
  if (!body) {
    body = res.arrayBuffer().then((raw) => {
      const bytes = new Uint8Array(raw);
      const params = { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
      return encoding === "br" ? brotli(bytes, { params }) : gz(bytes, { level: 9 });
    });
    body.catch(() => immutableBodies.delete(key));
    immutableBodies.set(key, body);
  } else void res.body?.cancel();
  return body;
}

/** A strong ETag names exact bytes; once compressed the bytes differ, so it becomes weak (If-None-Match compares weakly). */
const weak = (etag: string) => (etag.startsWith("W/") ? etag : `W/${etag}`);

/**
 * The local server's JSON answers, compressed for a client that accepts it (web-app.ts compresses the static
 * files). Immutable answers with an ETag — instrument versions, ≈ 250 KB with French — are compressed once, with
 * brotli when accepted; other answers of 1,000 bytes or more are gzipped. Deployed, the CDN in front of the API
 * does this.
 */
export function compressJsonResponses<F extends Fetch>(fetch: F): F {
  const wrapped = async (request: Request, ...rest: unknown[]) => {
    const res = await fetch(request, ...rest);
    const type = res.headers.get("content-type") ?? "";
    if (request.method === "HEAD" || res.headers.has("content-encoding")) return res;
    if (!type.startsWith("application/json")) return res;
    const etag = res.headers.get("etag");
    const immutable = etag !== null && /\bimmutable\b/.test(res.headers.get("cache-control") ?? "");
    const accepts = request.headers.get("accept-encoding") ?? undefined;
    const encoding: Encoding = chooseEncoding(accepts, immutable ? ["br", "gzip"] : ["gzip"]);
    // Asked last: reading `body` makes @hono/node-server turn its cheap answer into a full web Response and stream.
    if (encoding === "identity" || !res.body) return res;
    const headers = new Headers(res.headers);
    headers.append("Vary", "Accept-Encoding");
    headers.set("Content-Encoding", encoding);
    headers.delete("Content-Length");
    if (etag) headers.set("ETag", weak(etag));
    if (immutable && etag) {
      const body = await compressOnce(etag, encoding, res);
      headers.set("Content-Length", String(body.byteLength));
      return new Response(body, { status: res.status, headers });
    }
    const raw = new Uint8Array(await res.arrayBuffer());
    if (raw.byteLength < MIN_COMPRESSED_BYTES) return new Response(raw, { status: res.status, headers: res.headers });
    const body = await gz(raw);
    headers.set("Content-Length", String(body.byteLength));
    return new Response(body, { status: res.status, headers });
  };
  return wrapped as F;
}
