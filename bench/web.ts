import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildWebIfNeeded } from "../test/e2e/support/server.ts";
import type { BenchRow, BenchSection } from "./table.ts";
import { interactionTimes } from "./web-timing.ts";

const dist = new URL("../web/dist/", import.meta.url).pathname;
const SECTION = "web";
const INITIAL_KB = 50;
const WHOLE_KB = 120;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const gzKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** The entry chunk and everything it imports statically: what the browser must fetch before the first render. */
function initialJs(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  if (entry) visit(entry);
  return [...seen].map((k) => manifest[k]?.file ?? k);
}

function sizes(): BenchRow[] {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const initial = initialJs(manifest).reduce((sum, f) => sum + gzKb(f), 0);
  // French is a lazy chunk fetched before the first render when French is the chosen language.
  const french = manifest["src/i18n/messages-fr.ts"]?.file;
  const initialFr = initial + (french ? gzKb(french) : Number.NaN);
  const assets = readdirSync(join(dist, "assets")).filter((f) => /\.(js|css)$/.test(f));
  const whole = assets.reduce((sum, f) => sum + gzKb(join("assets", f)), 0);
  const r = (v: number) => Math.round(v * 10) / 10;
  return [
    {
      section: SECTION,
      metric: "initial JS (entry + static imports), gzipped",
      value: r(initial),
      unit: "KB",
      target: `≤ ${INITIAL_KB}`,
      ok: initial <= INITIAL_KB,
      note: "in English (English catalogue included)",
    },
    {
      section: SECTION,
      metric: "initial JS in French (+ French catalogue chunk), gzipped",
      value: r(initialFr),
      unit: "KB",
      target: `≤ ${INITIAL_KB}`,
      ok: initialFr <= INITIAL_KB,
      note: french ? `French catalogue ${r(gzKb(french))} KB, loaded by dynamic import()` : "French chunk missing",
    },
    {
      section: SECTION,
      metric: "whole app JS + CSS, gzipped",
      value: r(whole),
      unit: "KB",
      target: `≤ ${WHOLE_KB}`,
      ok: whole <= WHOLE_KB,
      note: `${assets.length} files; SurveyJS alone ≈ 415 KB`,
    },
  ];
}

export const webBench: BenchSection = async () => {
  buildWebIfNeeded();
  return [...sizes(), ...(await interactionTimes())];
};
