import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { answer, waitSaved } from "./support/flows.ts";
import { englishCandidates, expectNoEnglish as expectNone, signInFr } from "./support/french.ts";
import { catalogueEnglish } from "./support/leaks.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
let english = catalogueEnglish();

/** Fails with the English strings (UI, instrument, country names) found on the page in its current state. */
const expectNoEnglish = (page: Page, state: string) => expectNone(page, english, state);

describe("French", () => {
  beforeAll(async () => {
    english = await englishCandidates(suite.baseUrl);
  });

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

  it("an official switches to French on the sign-in page, completes an assessment in French, prints it, and gets English back", async () => {
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

    await page.getByLabel("Cycle").fill("2026");
    await page.getByRole("button", { name: "Commencer l’évaluation" }).click();
    await page.waitForURL(/#\/a\/[^/]+\/q\//);
    const id = /#\/a\/([^/]+)/.exec(page.url())?.[1] ?? "";
    await expect.poll(() => page.locator("#section-title").textContent()).toBe("Profil d’ambition");
    await page.locator("main input[type=radio]").first().check();
    await waitSaved(page);
    await expectNoEnglish(page, "ambition profile");
    let n = 0;
    for (const d of suite.instrument.dimensions) {
      await page.locator(`.q-nav a[href$="/q/${d.id}"]`).click();
      for (const ind of d.indicators) await answer(page, ind.id, n++ % 4);
      await waitSaved(page);
      await expectNoEnglish(page, `section ${d.id}`);
    }
    await page.locator('.q-nav a[href$="/q/review"]').click();
    await expect.poll(() => page.locator(".q-nav .overall").textContent()).toContain(`${n} sur ${n}`);
    await expectNoEnglish(page, "review");
    await page.getByRole("button", { name: "Soumettre l’évaluation" }).click();
    await page.getByRole("button", { name: "Confirmer la soumission" }).click();
    await page.waitForURL(/\/results$/);
    await page.getByRole("heading", { name: "Recommandations" }).waitFor();
    expect(await page.locator(".rec").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".report").textContent()).toContain("Soumise le");
    await expectNoEnglish(page, "results");

    await page.emulateMedia({ media: "print" });
    await expectNoEnglish(page, "results, print media");
    const pdf = await page.pdf({ format: "A4", tagged: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/Lang \(fr\)/);
    await page.emulateMedia({ media: "screen" });

    await page.goto(`${suite.baseUrl}/#/a/${id}/compare`);
    await page.getByRole("heading", { name: /Comparer les instantanés/ }).waitFor();
    await expectNoEnglish(page, "compare");
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
