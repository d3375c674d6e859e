import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, type InstrumentLite, indicatorIds, loadInstrument } from "./support/api.ts";
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
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    if (process.env.UPDATE_DOCS_SCREENSHOT) await page.screenshot({ path: "docs/screenshot-home.png" });
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
        // Method 1.1 takes `na` only where the instrument allows it: civilian rosters, while no civilian experts
        // are intended (this profile chooses no contribution type).
        if (ind.id === "civilian-rosters") {
          await answer(page, ind.id, "na");
          await page.getByText("Give a reason to save").waitFor();
          await page.locator(`#ind-${ind.id}-reason`).fill("No deployed contingent in this cycle");
        } else await answer(page, ind.id, n === 2 ? "unknown" : levels[n % 4]!);
        n += 1;
      }
      await waitSaved(page);
      if (d === instrument.dimensions[0]) await expectAccessible(page, "04-questionnaire");
    }
    await page.locator('.q-nav a[href$="/q/review"]').click();
    await expect
      .poll(() => page.locator(".q-nav .overall").textContent())
      .toContain(`${indicatorIds(instrument).length} of ${indicatorIds(instrument).length}`);
    await expectAccessible(page, "05-review");
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await page.getByRole("button", { name: "Confirm submission" }).click();
    await page.waitForURL(/\/results$/);
    await page.getByRole("heading", { name: "Recommendations" }).waitFor();
    expect(await page.locator(".rec").count()).toBeGreaterThan(0);
    // The report names recommendations by id; their words come from the instrument, in rank order.
    const titles = await page.locator(".rec h4").allTextContents();
    const actions = await page.locator(".rec > p").allTextContents();
    const known = new Set(instrument.recommendations.map((r) => r.title.en));
    expect(titles.every((t) => known.has(t.replace(/^#\d+\s*/, "").trim()))).toBe(true);
    expect(actions.length).toBe(titles.length);
    await expect.poll(() => page.locator(".report").textContent()).toContain("Submitted");
    expect(await page.locator(".print-detail .bar-chart").count()).toBe(1);
    const firmness = page.getByTestId("sensitivity-headline");
    await firmness.waitFor();
    expect(await firmness.innerText()).toMatch(/^Overall: stage [1-5].* in \d+ % of plausible methods\./);
    const perDimension = page.locator(".sensitivity tbody tr");
    expect(await perDimension.count()).toBe(instrument.dimensions.length);
    // Plan within a small capacity: the API marks which actions fit, and the plan per period is shown.
    await page.getByLabel("Staff-months, 0-6 months").fill("3");
    await page.getByLabel("Staff-months, 6-18 months").fill("0");
    await page.getByLabel("Staff-months, 18-36 months").fill("0");
    await page.getByRole("button", { name: "Plan within this capacity" }).click();
    await page.locator(".rec .in-plan").first().waitFor();
    const inPlan = await page.locator(".rec .in-plan").count();
    const outside = await page.locator(".rec .not-in-plan").count();
    expect(inPlan).toBeGreaterThan(0);
    expect(outside).toBeGreaterThan(0);
    expect(inPlan + outside).toBe(titles.length);
    expect(await page.getByRole("table", { name: "What the plan takes in each period" }).isVisible()).toBe(true);
    await expectAccessible(page, "06-results");

    const official = await apiAs(baseUrl, "official", "CAN");
    const server = await official.call<{
      status: string;
      answers: Record<string, { level: unknown; reason?: string }>;
    }>("GET", `/api/assessments/${id}`);
    expect(server.status).toBe("submitted");
    expect(Object.values(server.answers).find((a) => a.level === "na")?.reason).toBe(
      "No deployed contingent in this cycle",
    );
    expect(Object.keys(server.answers)).toHaveLength(indicatorIds(instrument).length);

    await page.getByRole("radio", { name: /Public/ }).check();
    // Going public needs an explicit confirmation that names the country.
    expect(await page.getByRole("button", { name: "Apply visibility" }).isDisabled()).toBe(true);
    await page.getByRole("checkbox", { name: /I confirm that Canada's name and scores/ }).check();
    await page.getByRole("button", { name: "Apply visibility" }).click();
    await page.getByText("Visibility is now Public.").waitFor();

    // Change one answer and submit again: a second snapshot, and the comparison shows what changed.
    const first = instrument.dimensions[0]!;
    await page.goto(`${baseUrl}/#/a/${id}/q/${first.id}`);
    await answer(page, first.indicators[0]!.id, 3);
    await waitSaved(page);
    await page.locator('.q-nav a[href$="/q/review"]').click();
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await page.getByRole("button", { name: "Confirm submission" }).click();
    await page.waitForURL(/\/results$/);
    await page.getByRole("link", { name: "Compare snapshots" }).click();
    await page.getByRole("heading", { name: /Compare snapshots/ }).waitFor();
    await page.getByRole("button", { name: "Compare" }).click();
    await page.getByRole("heading", { name: "What changed, by indicator" }).waitFor();
    const changed = page.locator("table.data").last().locator("tbody tr");
    expect(await changed.count()).toBe(1);
    expect(await changed.first().textContent()).toContain("Level 3");
    await expectAccessible(page, "07-compare");
    expect(problems).toEqual([]);
  });
});
