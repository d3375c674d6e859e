import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, indicatorIds, type InstrumentLite, loadInstrument } from "./support/api.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { answer, expectAccessible, signIn, startAssessment, waitSaved } from "./support/flows.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let instrument: InstrumentLite;

beforeAll(async () => {
  instrument = await loadInstrument(baseUrl);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, problems } = await newPage(context));
});
afterAll(async () => {
  await browser?.close();
});

describe("an official completes a whole assessment", () => {
  it("signs in, answers every indicator, submits and sees recommendations", async () => {
    await page.goto(`${baseUrl}/`);
    await expectAccessible(page, "01-sign-in");
    await signIn(page, baseUrl, "official", "CAN");
    await expectAccessible(page, "02-home");
    const id = await startAssessment(page, 2026);
    await expect.poll(() => page.locator("#section-title").textContent()).toBe("Ambition profile");
    await page.getByRole("radio", { name: /high/i }).first().check();
    await waitSaved(page);
    await expectAccessible(page, "03-profile");
    const levels = [0, 1, 2, 3];
    let n = 0;
    for (const d of instrument.dimensions) {
      await page.locator(`.q-nav a[href$="/q/${d.id}"]`).click();
      for (const ind of d.indicators) {
        const level = n === 2 ? "unknown" : levels[n % 4]!;
        await answer(page, ind.id, level);
        n += 1;
      }
      await waitSaved(page);
      if (d === instrument.dimensions[0]) await expectAccessible(page, "04-questionnaire");
    }
    await page.locator('.q-nav a[href$="/q/review"]').click();
    await expect.poll(() => page.locator(".q-nav .overall").textContent()).toContain(
      `${indicatorIds(instrument).length} of ${indicatorIds(instrument).length}`,
    );
    await expectAccessible(page, "05-review");
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await page.waitForURL(/\/results$/);
    await page.getByRole("heading", { name: "Recommendations" }).waitFor();
    expect(await page.locator(".rec").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".report").textContent()).toContain("Submitted");
    expect(await page.locator("svg.radar").count()).toBe(1);
    await expectAccessible(page, "06-results");

    const official = await apiAs(baseUrl, "official", "CAN");
    const server = await official.call<{ status: string; answers: Record<string, unknown> }>("GET", `/api/assessments/${id}`);
    expect(server.status).toBe("submitted");
    expect(Object.keys(server.answers)).toHaveLength(indicatorIds(instrument).length);

    await page.getByRole("radio", { name: /Public/ }).check();
    await page.getByRole("button", { name: "Apply visibility" }).click();
    await page.getByText("Visibility is now Public.").waitFor();
    await page.getByRole("link", { name: "Compare snapshots" }).click();
    await page.getByRole("heading", { name: /Compare snapshots/ }).waitFor();
    await expectAccessible(page, "07-compare");
    expect(problems).toEqual([]);
  });
});
