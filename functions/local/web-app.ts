import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Context, MiddlewareHandler } from "hono";
import { chooseEncoding, type Encoding, type StaticFile, staticFiles } from "./static-files.ts";

/** A file as the client asked for it: compressed when it accepts that, 304 when its copy is current. */
function respond(c: Context, file: StaticFile): Response {
  const available = Object.keys(file.bodies) as Encoding[];
  const encoding = chooseEncoding(c.req.header("accept-encoding"), available);
  const etag = `"${file.etag}${encoding === "identity" ? "" : `-${encoding}`}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Cache-Control": file.cacheControl,
    ETag: etag,
  };
  if (available.length > 1) headers.Vary = "Accept-Encoding";
  if (encoding !== "identity") headers["Content-Encoding"] = encoding;
  const ifNoneMatch = c.req.header("if-none-match");
  if (ifNoneMatch?.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  const body = file.bodies[encoding] as Uint8Array<ArrayBuffer>;
  headers["Content-Length"] = String(body.byteLength);
  return new Response(c.req.method === "HEAD" ? null : body, { status: 200, headers });
}

/**
 * Serves web/dist compressed (brotli or gzip, made once at start): hashed assets cached for a year as immutable,
 * index.html and other unhashed files revalidated on every load; client-side routes fall back to index.html.
 * Also answers the local /config.json.
 */
export function webApp(webDist: string): MiddlewareHandler | undefined {
  const root = resolve(webDist);
  if (!existsSync(join(root, "index.html"))) return undefined;
  const files = staticFiles(root);
  return async (c, next) => {
    if (c.req.path === "/config.json") return c.json({ authMode: "local" });
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const file = await files.get(c.req.path);
    if (file) return respond(c, file);
    if (c.req.path.includes(".")) return next();
    const index = await files.get("/index.html");
    return index ? respond(c, index) : next();
  };
}
