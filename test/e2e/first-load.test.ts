import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { signIn, startAssessment } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const dist = new URL("../../web/dist/", import.meta.url).pathname;

/** Every request the page makes, as path and query, in order. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    seen.push(url.pathname + url.search);
  });
  return seen;
}

describe("opening a questionnaire by its address", () => {
  it("asks for each piece of its data once, the configuration after the first question shows", async () => {
    const context = await suite.browser.newContext();
    const { page: first } = await newPage(context);
    await signIn(first, suite.baseUrl, "official", "NOR");
    const id = await startAssessment(first, 2026);
    const section = suite.instrument.dimensions[0]!.id;
    await first.close();

    const { page, problems } = await newPage(context);
    const requests = recordRequests(page);
    // The configuration is held back until the first question shows: the first render must not wait for it.
    let shown = () => {};
    const questionShown = new Promise<void>((done) => {
      shown = done;
    });
    await page.route("**/config.json", async (route) => {
      await questionShown;
      await route.continue();
    });
    await page.goto(`${suite.baseUrl}/#/a/${id}/q/${section}`);
    await page.locator("fieldset.indicator input[type=radio]").first().waitFor();
    shown();
    await expect.poll(() => requests.includes("/config.json")).toBe(true);

    const data = [
      `/api/assessments/${id}`,
      `/api/assessments/${id}/responses/mine`,
      `/api/instruments/${suite.instrument.id}/versions/${suite.instrument.version}?lang=fr`,
    ];
    const asked = (path: string) => requests.filter((r) => r === path).length;
    for (const path of data) expect(asked(path), path).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("still drops a remembered session of another sign-in mode once the configuration arrives", async () => {
    const context = await suite.browser.newContext();
    const { page, problems } = await newPage(context);
    await page.goto(`${suite.baseUrl}/`);
    // A session kept from a deployment that signed in through Cognito; this server signs in locally.
    const stale = { mode: "cognito", token: "a.b.c", expiresAt: Date.now() + 3_600_000, role: "official" };
    await page.evaluate((s) => localStorage.setItem("reengage.session", JSON.stringify(s)), stale);
    await page.goto(`${suite.baseUrl}/#/a/some-assessment/q/profile`);
    await page.reload();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await expect.poll(() => page.evaluate(() => localStorage.getItem("reengage.session"))).toBeNull();
    // Not told that a session expired: it was never this deployment's.
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the built page", () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");

  it("loads the first view's code as one file, marked for eager compilation", () => {
    const scripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(html).not.toContain('rel="modulepreload"');
    const entry = readFileSync(join(dist, scripts[0]!), "utf8");
    expect(entry.startsWith("//# allFunctionsCalledOnLoad\n")).toBe(true);
  });

  it("runs its one inline script under the served Content-Security-Policy", async () => {
    const inline = [...html.matchAll(/<script(?: data-instrument="[^"]*")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toEqual([readFileSync(new URL("../../web/early-requests.js", import.meta.url), "utf8")]);
    const hash = createHash("sha256").update(inline[0]!).digest("base64");
    const csp = (await fetch(`${suite.baseUrl}/`)).headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`'sha256-${hash}'`);
  });
});
