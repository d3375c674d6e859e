import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { catalogueEnglish, leaksIn, renderedText } from "./support/leaks.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const english = catalogueEnglish();

/** Fails with the English strings found on the page in its current state. */
async function expectNoEnglish(page: Page, state: string) {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("fr");
  const leaks = leaksIn(await renderedText(page), english);
  expect(leaks, `English on the French page "${state}"`).toEqual([]);
}

async function signInFr(page: Page, role: string, country?: string) {
  await page.getByRole("radio", { name: role }).check();
  if (country) await page.getByLabel(/Pays/).fill(country);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
}

describe("French", () => {
  it("opens in French when the browser prefers French", async () => {
    const context = await suite.browser.newContext({ locale: "fr-CA" });
    const { page, problems } = await newPage(context);
    await page.goto(`${suite.baseUrl}/`);
    await page.getByRole("heading", { name: "Connexion" }).waitFor();
    await expectNoEnglish(page, "sign-in (browser in French)");
    expect(await page.getByRole("button", { name: "Français" }).getAttribute("aria-pressed")).toBe("true");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("an official switches to French on the sign-in page, sees every page in French, and English again after switching back", async () => {
    const context = await suite.browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    const { page, problems } = await newPage(context);
    await page.goto(`${suite.baseUrl}/`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { name: "Connexion" }).waitFor();
    await expectNoEnglish(page, "sign-in");
    await signInFr(page, "Responsable de la défense", "SEN");
    await expectNoEnglish(page, "home");
    await page.reload();
    await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
    await expectNoEnglish(page, "home after reload");

    await page.goto(`${suite.baseUrl}/#/nowhere`);
    await page.getByRole("heading", { name: "Cette page n’existe pas." }).waitFor();
    await expectNoEnglish(page, "not found");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "This page does not exist." }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("an analyst's pages are in French", async () => {
    const context = await suite.browser.newContext({ locale: "fr-FR" });
    const { page, problems } = await newPage(context);
    await page.goto(`${suite.baseUrl}/`);
    await signInFr(page, "Analyste (groupe de réflexion)");
    await page.getByRole("heading", { name: "Statistiques par groupe de pays" }).waitFor();
    await expectNoEnglish(page, "cohort statistics");
    await page.goto(`${suite.baseUrl}/#/analyst/profiles`);
    await page.getByRole("heading", { name: "Profils publics des pays" }).waitFor();
    await expectNoEnglish(page, "country profiles");
    expect(problems).toEqual([]);
    await context.close();
  });
});
