import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const root = new URL("../../../", import.meta.url).pathname;
export const resultsDir = join(root, "test-results");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's Chromium, headless, with a fresh temporary profile (Playwright makes a new user-data-dir per launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: chromiumArgs,
  });
}

/** Problems the page reported: uncaught errors and Content-Security-Policy refusals. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
  });
  return problems;
}

export async function newPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  return { page, problems: watchProblems(page) };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Screenshots the page into test-results/ and runs axe-core on it. The site's CSP (script-src 'self') refuses
 * addScriptTag's inline script, so axe.min.js is evaluated through the DevTools protocol instead, which CSP does not
 * govern; the page keeps its real CSP, and the tests assert that nothing of the app itself is refused.
 */
export async function auditPage(page: Page, name: string): Promise<AxeViolation[]> {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
  const hasAxe = () => page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === "object");
  if (!(await hasAxe())) await page.evaluate(readFileSync(axePath, "utf8"));
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations as AxeViolation[];
  });
  return result.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target })),
  }));
}
