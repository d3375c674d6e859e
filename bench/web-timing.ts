import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { listInstruments } from "../functions/core/instrument/catalogue.ts";
import { launchBrowser } from "../test/e2e/support/browser.ts";
import { startLocalServer } from "../test/e2e/support/server.ts";
import type { BenchRow } from "./table.ts";
import { breakdownRows, type DataTimes, dataTimes } from "./web-breakdown.ts";
import { writeFloorPage } from "./web-floor.ts";

const dist = new URL("../web/dist/", import.meta.url).pathname;
const SECTION = "web";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
}

async function token(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ role: "official", country: "CAN" }),
  });
  return (await res.json()) as { token: string; expiresAt: string };
}

/** The version a new assessment gets by default (the start form offers the newest first). */
const latestVersion = listInstruments()[0]?.version ?? "2026.1";

async function createAssessment(baseUrl: string, bearer: string, cycle: number): Promise<string> {
  const res = await fetch(`${baseUrl}/api/assessments`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({
      country: "CAN",
      cycle,
      instrumentId: "un-peace-ops-readiness",
      instrumentVersion: latestVersion,
    }),
  });
  return ((await res.json()) as { id: string }).id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const RUNS = 7;
const RATIO = 2;

interface Marks extends DataTimes {
  visible?: number;
  registered?: number;
  saved?: number;
  /** The browser's first-contentful-paint: when the page first showed anything (the app's first render has the question). */
  painted?: number;
}

/** What the page logs once the first radio group is in it (see marksScript). */
const VISIBLE_MESSAGE = "bench: first question visible";

/**
 * Runs in the page before any of its own code: notes when the first radio group is in the page, when the first
 * answer is registered (the app marks its fieldset answered; the static page has only the change event), and
 * when the app reports the answer saved by the server; logs VISIBLE_MESSAGE when the first group shows. A string,
 * not a function: tsx would wrap inner functions in a helper that does not exist in the page.
 */
const marksScript = (session: string | null) => `
  ${session ? `localStorage.setItem("reengage.session", ${JSON.stringify(session)});` : ""}
  window.__marks = {};
  new MutationObserver(function () {
    var m = window.__marks;
    if (m.visible === undefined && document.querySelector("fieldset.indicator input[type=radio]")) {
      m.visible = performance.now();
      console.debug(${JSON.stringify(VISIBLE_MESSAGE)});
    }
    if (${session ? "true" : "false"} && m.registered === undefined && document.querySelector("fieldset.indicator.answered")) m.registered = performance.now();
    if (m.saved === undefined && document.querySelector('[data-save-status="saved"]')) m.saved = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true });
  ${session ? "" : `document.addEventListener("change", function () { if (window.__marks.registered === undefined) window.__marks.registered = performance.now(); });`}
`;

/** One cold load: navigation start → first radio group visible → first answer registered (→ saved, for the app). */
async function measure(browser: Browser, url: string, session: string | null): Promise<Marks> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    await context.addInitScript({ content: marksScript(session) });
    const page = await context.newPage();
    // Nothing of Playwright runs in the page before the first question shows: its selector engine, put into the
    // page on a locator's first use, costs ≈ 15 ms of the page's main thread. Used after `load`, as before, that
    // fell on the app's path to its first question (the app's `load` comes before its data), not the static page's.
    const visible = page.waitForEvent("console", { predicate: (m) => m.text() === VISIBLE_MESSAGE, timeout: 10_000 });
    await page.goto(url, { waitUntil: "commit" });
    await visible;
    const first = page.locator("fieldset.indicator").first();
    await first.locator("input[type=radio]").first().check();
    if (session) await page.locator('[data-save-status="saved"]').waitFor({ timeout: 10_000 });
    const read = () =>
      page.evaluate(() => ({
        ...(window as unknown as { __marks: Marks }).__marks,
        painted: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      }));
    // Polled with evaluate: the site's CSP (no 'unsafe-eval') refuses waitForFunction's predicate.
    for (let i = 0; i < 200 && (await read()).registered === undefined; i++) await page.waitForTimeout(25);
    const marks = await read();
    return { ...marks, ...(session ? await dataTimes(page, marks.visible) : {}) };
  } finally {
    await context.close();
  }
}

function cssHref(manifest: Record<string, ManifestChunk>): string {
  const entry = Object.values(manifest).find((c) => c.isEntry);
  return `/${entry?.css?.[0] ?? ""}`;
}

/** A signed-in official and a fresh assessment per load (the warm-up's too), so each first answer is a real change. */
async function appSession(baseUrl: string) {
  const t = await token(baseUrl);
  const ids: string[] = [];
  for (let i = 0; i <= RUNS; i++) ids.push(await createAssessment(baseUrl, t.token, 2030 + i));
  const session = {
    mode: "local",
    token: t.token,
    expiresAt: Date.parse(t.expiresAt),
    role: "official",
    country: "CAN",
  };
  return { ids, session: JSON.stringify(session) };
}

/** App, floor and their ratio; `goal` false for a figure shown for context only. */
function pair(metric: string, app: number, floor: number, note: string, goal = true): BenchRow[] {
  const ratio = Math.round((app / floor) * 100) / 100;
  return [
    { section: SECTION, metric: `${metric}: app (median of ${RUNS})`, value: Math.round(app), unit: "ms", note },
    {
      section: SECTION,
      metric: `${metric}: static page, same radio groups (floor)`,
      value: Math.round(floor),
      unit: "ms",
      note: "same server, compressed the same way, the app's stylesheet, no script",
    },
    {
      section: SECTION,
      metric: `${metric}: app / floor`,
      value: ratio,
      unit: "×",
      ...(goal ? { target: `≤ ${RATIO}`, ok: ratio <= RATIO } : {}),
    },
  ];
}

/**
 * The questionnaire beside a static page with the same 33 radio groups, alternating in one run, each load in a fresh
 * browser context (nothing cached), after one unmeasured load of each: the app's first load on a just-started server
 * was the slowest of every run (219–289 ms against 120–190 ms for the others, four runs on 29 Nov).
 */
export async function interactionTimes(): Promise<BenchRow[]> {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const floorPage = writeFloorPage(dist, cssHref(manifest));
  const server = await startLocalServer();
  const browser = await launchBrowser();
  try {
    const { ids, session } = await appSession(server.baseUrl);
    const app: Marks[] = [];
    const floor: Marks[] = [];
    const appPage = (id: string | undefined) => `${server.baseUrl}/#/a/${id}/q/risk-tolerance`;
    // One load of each, unmeasured, so that neither page's measured loads include the server's first answers.
    await measure(browser, `${server.baseUrl}${floorPage.path}`, null);
    await measure(browser, appPage(ids[RUNS]), session);
    for (let i = 0; i < RUNS; i++) {
      floor.push(await measure(browser, `${server.baseUrl}${floorPage.path}`, null));
      app.push(await measure(browser, appPage(ids[i]), session));
    }
    const med = (xs: Marks[], key: keyof Marks) => median(xs.map((x) => x[key] ?? Number.NaN));
    return [
      ...pair(
        "first question visible",
        med(app, "visible"),
        med(floor, "visible"),
        "navigation start → first radio group in the page",
      ),
      ...breakdownRows(SECTION, app, med(floor, "visible")),
      ...pair(
        "first paint (first-contentful-paint)",
        med(app, "painted"),
        med(floor, "painted"),
        "context, not the goal: navigation start → first paint; the app's first render already holds the question",
        false,
      ),
      ...pair(
        "first answer registered",
        med(app, "registered"),
        med(floor, "registered"),
        "navigation start → first answer shown as given",
      ),
      {
        section: SECTION,
        metric: `first answer saved on the server: app (median of ${RUNS})`,
        value: Math.round(med(app, "saved")),
        unit: "ms",
        note: "navigation start → 'All answers saved'; includes the save queue's 400 ms debounce",
      },
    ];
  } finally {
    floorPage.remove();
    await browser.close();
    await server.stop();
  }
}
