import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../test/e2e/support/browser.ts";
import { buildWebIfNeeded, startLocalServer } from "../test/e2e/support/server.ts";
import type { BenchRow, BenchSection } from "./table.ts";

const dist = new URL("../web/dist/", import.meta.url).pathname;
const SECTION = "web";
const INITIAL_KB = 50;
const WHOLE_KB = 120;
const TTFR_MS = 1000;

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

async function token(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ role: "official", country: "CAN" }),
  });
  return (await res.json()) as { token: string; expiresAt: string };
}

async function createAssessment(baseUrl: string, bearer: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/assessments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({
      country: "CAN",
      cycle: 2026,
      instrumentId: "un-peace-ops-readiness",
      instrumentVersion: "2026.1",
    }),
  });
  return ((await res.json()) as { id: string }).id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Time from navigation start until the first indicator fieldset is in the DOM and visible, cold cache each run. */
async function timeToFirstRender(): Promise<BenchRow> {
  const server = await startLocalServer();
  const browser = await launchBrowser();
  try {
    const t = await token(server.baseUrl);
    const id = await createAssessment(server.baseUrl, t.token);
    const session = {
      mode: "local",
      token: t.token,
      expiresAt: Date.parse(t.expiresAt),
      role: "official",
      country: "CAN",
    };
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      await context.addInitScript((s: string) => {
        localStorage.setItem("reengage.session", s);
        const w = window as unknown as { __ttfr?: number };
        new MutationObserver((_, obs) => {
          if (!document.querySelector("fieldset.indicator")) return;
          w.__ttfr = performance.now();
          obs.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, JSON.stringify(session));
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/#/a/${id}/q/risk-tolerance`);
      await page.locator("fieldset.indicator").first().waitFor({ state: "visible" });
      runs.push(await page.evaluate(() => (window as unknown as { __ttfr: number }).__ttfr));
      await context.close();
    }
    const ms = Math.round(median(runs));
    return {
      section: SECTION,
      metric: "time to first render of the questionnaire (headless Chromium, median of 5)",
      value: ms,
      unit: "ms",
      target: `≤ ${TTFR_MS}`,
      ok: ms <= TTFR_MS,
      note: "cold cache, local server; navigation start → first indicator fieldset",
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export const webBench: BenchSection = async () => {
  buildWebIfNeeded();
  return [...sizes(), await timeToFirstRender()];
};
