import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs } from "./support/api.ts";
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
    // Only cycles that hold shared data are offered, each with its number of countries.
    await page.locator("#cycle option").first().waitFor({ state: "attached" });
    const offered = await page.locator("#cycle option").allTextContents();
    expect(offered).toContainEqual(expect.stringMatching(/^2025 \(\d+ countries\)$/));
    expect(offered.some((o) => o.startsWith("2020") || o.startsWith("2027"))).toBe(false);
    await page.locator("#cycle").selectOption("2025");
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

    // The public countries by name, each a link to its profile.
    await page.goto(`${baseUrl}/#/analyst/profiles`);
    const list = page.locator("table.data", {
      has: page.locator("caption", { hasText: "Countries with public results" }),
    });
    await list.waitFor();
    for (const name of ["Argentina (ARG)", "Kenya (KEN)", "Norway (NOR)"])
      expect(await list.getByRole("link", { name }).count()).toBe(1);
    await expectAccessible(page, "12-public-countries");
    await list.getByRole("link", { name: "Norway (NOR)" }).click();
    await page.getByRole("heading", { name: "Country profile: Norway (NOR)" }).waitFor();
    await page.locator(".bar-chart").waitFor();

    // Country vs cohort: the country's index beside the median of all countries for the same cycle.
    const vsCohort = page.locator("table.data", {
      has: page.locator("caption", { hasText: "Norway and the index of all countries" }),
    });
    await vsCohort.waitFor();
    expect(await vsCohort.locator("tbody tr").count()).toBe(3);
    expect(await vsCohort.locator("thead").textContent()).toContain("Difference from the median");

    // Country vs country, chosen by name; the address keeps the pair.
    await page.getByLabel("Compare with").selectOption("KEN");
    await page.waitForURL(/#\/analyst\/profiles\/NOR\/KEN$/);
    const vsKenya = page.locator("table.data", {
      has: page.locator("caption", { hasText: "Norway (2025) and Kenya (2025)" }),
    });
    await vsKenya.waitFor();
    expect(await vsKenya.locator("thead").textContent()).toContain("Norway minus Kenya");
    expect(await vsKenya.locator("tbody tr").count()).toBe(4);
    const [pair] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Download “Norway \(2025\) and Kenya/ }).click(),
    ]);
    expect(pair.suggestedFilename()).toBe("reengage-NOR-vs-KEN.csv");
    await expectAccessible(page, "13-country-profile-compared");
    expect(problems).toEqual([]);
  });

  it("an administrator is warned before editing a country's answers", async () => {
    const { page, problems } = await newPage(await browser.newContext());
    const admin = await apiAs(baseUrl, "admin");
    const list = await admin.call<{ items: { id: string; cycle: number }[] }>("GET", "/api/assessments?country=GHA");
    const id = list.items.find((a) => a.cycle === 2025)?.id;
    await signIn(page, baseUrl, "admin");
    // The admin list is sorted by country name (it arrives after sign-in: wait for its rows before reading them).
    await page.locator("table.data tbody th").nth(1).waitFor();
    const rows = (await page.locator("table.data tbody th").allTextContents()).map((r) => r.replace(/ \d{4}$/, ""));
    expect(rows.length).toBeGreaterThan(1);
    expect([...rows].sort((a, b) => a.localeCompare(b, "en"))).toEqual(rows);
    await page.goto(`${baseUrl}/#/a/${id}/q/profile`);
    await page.getByRole("heading", { name: "Edit the answers of Ghana (GHA)?" }).waitFor();
    expect(await page.locator("fieldset.indicator, .q-nav").count()).toBe(0);
    await expectAccessible(page, "14-admin-edit-warning");
    await page.getByRole("button", { name: "Edit on behalf of Ghana (GHA)" }).click();
    await page.locator(".q-nav").waitFor();
    expect(problems).toEqual([]);
  });
});
