import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const compressible = new Set([".html", ".js", ".css", ".json", ".map", ".svg", ".txt", ".webmanifest"]);

/** Vite names built assets `assets/<name>-<content hash>.<ext>`: a new build gives a new name, never new bytes. */
const HASHED = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

export type Encoding = "br" | "gzip" | "identity";

/** One file of the build, with its compressed forms and validators, made once. */
export interface StaticFile {
  type: string;
  cacheControl: string;
  bodies: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
  etag: string;
}

async function prepare(root: string, path: string): Promise<StaticFile> {
  const raw = await readFile(join(root, path));
  const ext = extname(path);
  const bodies: StaticFile["bodies"] = { identity: raw };
  if (compressible.has(ext) && raw.length >= 256) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
    [bodies.br, bodies.gzip] = await Promise.all([brotli(raw, { params }), gz(raw, { level: 9 })]);
  }
  return {
    type: types[ext] ?? "application/octet-stream",
    cacheControl: HASHED.test(path) ? IMMUTABLE : REVALIDATE,
    bodies,
    etag: createHash("sha256").update(raw).digest("base64url").slice(0, 22),
  };
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(root, join(dir, e.name)) : [relative(root, join(dir, e.name))])),
  );
  return nested.flat().map((p) => p.split(sep).join("/"));
}

/**
 * The encodings a client accepts, best first among those we have (brotli, then gzip, then none). A `q=0` refuses
 * one; `identity` is always possible.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: Encoding[]): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (e: Encoding) => available.includes(e) && (accepted.get(e) ?? accepted.get("*") ?? 0) > 0;
  return (["br", "gzip"] as const).find(ok) ?? "identity";
}

/**
 * Every file of a built web app, read and compressed once in the background at start: brotli and gzip for text,
 * the content hash as ETag. Paths outside the build folder are never read.
 */
export function staticFiles(dist: string): { get: (urlPath: string) => Promise<StaticFile | undefined> } {
  const root = resolve(dist);
  const files = new Map<string, Promise<StaticFile>>();
  const ready = listFiles(root).then((paths) => {
    for (const p of paths) files.set(p, prepare(root, p));
  });
  return {
    get: async (urlPath) => {
      await ready;
      let path: string;
      try {
        path = decodeURIComponent(urlPath).replace(/^\/+/, "");
      } catch {
        return undefined;
      }
      return files.get(path === "" ? "index.html" : path);
    },
  };
}
