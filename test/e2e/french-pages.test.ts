import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { apiAs, indicatorIds } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, waitSaved } from "./support/flows.ts";
import { englishCandidates, expectNoEnglish, signInFr } from "./support/french.ts";
import { renderedText } from "./support/leaks.ts";
import { seedSubmitted } from "./support/seed.ts";
import { browserSuite } from "./support/suite.ts";

/**
 * The English-leak scan over every page and page state a French reader can reach (issue #16.4): the rendered text
 * (visible text, accessible names, titles, SVG text) holds no English of the UI catalogue, of either instrument
 * version, nor an English country name. Countries and cycle are this file's own, so other files' data do not move.
 */
const suite = browserSuite();
const cycle = 2022;
const official = "CIV";
const countries = [official, "NOR", "BEL", "COD", "GBR", "THA"];
let english: string[] = [];
let assessmentId = "";
const scanned: string[] = [];

/** Edits the seeded assessment (some answers "don't know", so results show uncertainty bands) and resubmits it. */
async function resubmitWithUnknowns(ids: string[]) {
  const api = await apiAs(suite.baseUrl, "official", official);
  const list = await api.call<{ items: { id: string; cycle: number }[] }>(
    "GET",
    `/api/assessments?country=${official}`,
  );
  assessmentId = list.items.find((a) => a.cycle === cycle)?.id ?? "";
  const current = await api.call<{ version: number }>("GET", `/api/assessments/${assessmentId}`);
  const answers = Object.fromEntries(ids.slice(0, 6).map((id) => [id, { level: "unknown" }]));
  await api.call("PATCH", `/api/assessments/${assessmentId}`, { answers }, { "If-Match": `"${current.version}"` });
  await api.call("POST", `/api/assessments/${assessmentId}/submit`, {}, { "Idempotency-Key": crypto.randomUUID() });
}

async function scan(page: Page, state: string) {
  await expectNoEnglish(page, english, state);
  scanned.push(state);
}

async function visit(page: Page, hash: string, ready: string) {
  await page.goto(`${suite.baseUrl}/${hash}`);
  await page.locator(ready).first().waitFor();
}

async function frenchPage(context: Promise<BrowserContext>) {
  const opened = await newPage(await context);
  await opened.page.goto(`${suite.baseUrl}/`);
  await opened.page.getByRole("heading", { name: "Connexion" }).waitFor();
  return opened;
}

const fr = () => suite.browser.newContext({ locale: "fr-CA", viewport: { width: 1280, height: 900 } });

describe("no English on any French page", () => {
  beforeAll(async () => {
    english = await englishCandidates(suite.baseUrl);
    await seedSubmitted(suite.baseUrl, countries, cycle, "public");
    await resubmitWithUnknowns(indicatorIds(suite.instrument));
  });

  it("an official's pages, from sign-in to print, compare, own responses and the glossary", async () => {
    const { page, problems } = await frenchPage(fr());
    await page.getByLabel(/Pays/).fill(official);
    await expect.poll(() => page.locator("#country-name").textContent()).toBe("Côte d’Ivoire");
    await scan(page, "sign-in, country named");
    await signInFr(page, "Responsable de la défense");
    await page.locator("table.data").waitFor();
    await page.locator("#copy-from").waitFor();
    expect(await page.locator("h1").textContent()).toContain("Côte d’Ivoire (CIV)");
    await scan(page, "home: list and start form with « Partir de »");
    const first = suite.instrument.dimensions[0]!.id;
    for (const section of ["profile", first, "review"]) {
      await visit(page, `#/a/${assessmentId}/q/${section}`, "#section-title");
      await scan(page, `questionnaire ${section === first ? "section" : section}`);
      if (section !== first) continue;
      for (const summary of await page.locator("details.guidance > summary").all()) await summary.click();
      await scan(page, "questionnaire section, every guidance open");
    }
    await page.getByRole("button", { name: "Soumettre l’évaluation" }).click();
    await page.locator(".submit-confirm").waitFor();
    await scan(page, "submit confirmation");
    await page.getByRole("button", { name: "Annuler" }).click();
    await visit(page, `#/a/${assessmentId}/results`, "article.report table.data");
    await page.locator(".bar-band").first().waitFor({ state: "attached" });
    await page.locator(".roadmap, .rec").first().waitFor();
    await scan(page, "results with uncertainty bands and roadmap");
    await page.getByText("Comment lire ce rapport").click();
    await scan(page, "results, « how to read » open");
    await page.emulateMedia({ media: "print" });
    await scan(page, "print preview (cover, footer, detail)");
    await page.emulateMedia({ media: "screen" });
    await visit(page, `#/a/${assessmentId}/compare`, "form.card select");
    await scan(page, "compare: choosing snapshots");
    await page.getByRole("button", { name: "Comparer", exact: true }).click();
    await page.locator("table.data").first().waitFor();
    await scan(page, "compare: differences");
    await visit(page, `#/a/${assessmentId}/q/${first}`, "#section-title");
    await answer(page, suite.instrument.dimensions[0]!.indicators[0]!.id, 1);
    await waitSaved(page);
    await scan(page, "questionnaire, live draft after submission");
    await visit(page, `#/a/${assessmentId}/results`, "article.report table.data");
    await scan(page, "results of a live draft");
    await visit(page, `#/a/${assessmentId}/respond`, "#institution");
    await scan(page, "own responses (respondent)");
    await visit(page, "#/glossary", "article.glossary-page dl");
    await scan(page, "glossary");
    expect(problems).toEqual([]);
  });

  it("a reviewer's page", async () => {
    const { page, problems } = await frenchPage(fr());
    await signInFr(page, "Vérificateur", official);
    await scan(page, "reviewer home");
    await visit(page, `#/a/${assessmentId}/verify`, "section.review-queue");
    await scan(page, "review (reviewer)");
    expect(problems).toEqual([]);
  });

  it("an analyst's pages: dashboard, exports, public countries, profile and comparisons, with French names", async () => {
    const { page, problems } = await frenchPage(fr());
    await signInFr(page, "Analyste (groupe de réflexion)");
    await page.locator("#instrument-version").waitFor();
    await page.locator("#cycle").selectOption(String(cycle));
    await page.getByTestId("cohort-stats").waitFor();
    await scan(page, "analyst dashboard (version and cycle selects, statistics, exports panel)");
    await page.getByText("Définir un groupe de pays").click();
    await page.locator("#cohort-countries").fill("NOR, BEL");
    await page.getByText("Norvège, Belgique").waitFor();
    await scan(page, "cohort form");
    await visit(page, "#/analyst/profiles", "section table.data a");
    await page.getByRole("link", { name: "Norvège (NOR)" }).waitFor();
    const text = await renderedText(page);
    expect(text).toContain("Norvège");
    expect(text).not.toContain("Norway");
    await scan(page, "public countries");
    await visit(page, "#/analyst/profiles/NOR", ".bar-chart");
    await page.getByRole("heading", { name: /Norvège \(NOR\)/ }).waitFor();
    await scan(page, "country profile");
    await page.getByLabel(/Comparer avec/).selectOption("BEL");
    await page.waitForURL(/#\/analyst\/profiles\/NOR\/BEL$/);
    await page.locator("table.data caption", { hasText: "Belgique" }).first().waitFor();
    await scan(page, "country vs cohort and country vs country");
    expect(problems).toEqual([]);
  });

  it("an administrator's list, sorted by French name, and the edit warning", async () => {
    const { page, problems } = await frenchPage(fr());
    await signInFr(page, "Administrateur");
    await page.locator("table.data tbody th").first().waitFor();
    await page
      .getByText(/Côte d’Ivoire \(CIV\)/)
      .first()
      .waitFor();
    const rows = (await page.locator("table.data tbody th").allTextContents()).map((r) => r.replace(/ \d{4}$/, ""));
    const collator = new Intl.Collator("fr", { sensitivity: "base" });
    expect([...rows].sort(collator.compare)).toEqual(rows);
    await scan(page, "admin list");
    await visit(page, `#/a/${assessmentId}/q/profile`, ".admin-gate");
    await scan(page, "admin edit warning");
    expect(problems).toEqual([]);
    expect(scanned.length).toBeGreaterThanOrEqual(25);
  });
});
