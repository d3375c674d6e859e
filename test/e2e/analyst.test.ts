import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { expectAccessible, signIn } from "./support/flows.ts";
import { seedSubmitted } from "./support/seed.ts";

const baseUrl = inject("baseUrl");
const countries = ["ARG", "AUS", "KEN", "NOR", "IND", "GHA"];
let browser: Browser;

beforeAll(async () => {
  await seedSubmitted(baseUrl, countries, 2025, "public");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("an analyst", () => {
  it("sees cohort statistics, suppressed cells explained, and a public country profile", async () => {
    const { page, problems } = await newPage(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    await signIn(page, baseUrl, "analyst");
    await page.getByRole("heading", { name: "Cohort statistics" }).waitFor();
    await page.getByLabel("Cycle").selectOption("2025");
    await page.getByTestId("cohort-stats").waitFor();
    expect(await page.locator("svg.boxplot").count()).toBe(1);
    expect(await page.getByText(`n = ${countries.length} countries`).count()).toBeGreaterThan(0);
    await expectAccessible(page, "10-analyst-dashboard");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download scores (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("reengage-scores-2025.csv");

    const eastern = await page.locator("#cohort option", { hasText: "Eastern European Group" }).getAttribute("value");
    await page.getByLabel("Cohort").selectOption(eastern ?? "");
    await page.getByTestId("suppressed").waitFor();
    await expectAccessible(page, "11-analyst-suppressed");

    await page.getByText("Define a cohort").click();
    await page.getByLabel("Name").fill("Nordic and friends");
    await page.getByLabel(/^Countries/).fill("NOR, AUS, KEN, ARG, IND");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await page.getByText("Cohort Nordic and friends created.").waitFor();
    await expect.poll(() => page.locator("#cohort option:checked").textContent()).toContain("Nordic and friends");
    await page.getByTestId("cohort-stats").waitFor();

    await page.goto(`${baseUrl}/#/analyst/profiles/NOR`);
    await page.getByRole("heading", { name: "Country profile: Norway (NOR)" }).waitFor();
    await page.locator(".bar-chart").waitFor();
    await expectAccessible(page, "12-country-profile");
    expect(problems).toEqual([]);
  });
});
