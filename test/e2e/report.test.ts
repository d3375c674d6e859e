import { describe, expect, it } from "vitest";
import { apiAs, INSTRUMENT, indicatorIds, loadInstrument } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { expectAccessible, signIn } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const country = "PER";
const cycle = 2023;

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/**
 * A typical full assessment of the version new assessments get (2026.2, 44 indicators): every indicator answered,
 * a source (documented evidence) on every fourth answer, a note on every sixth; submitted. Returns its id.
 */
async function seedTypical(baseUrl: string): Promise<string> {
  const instrument = await loadInstrument(baseUrl, "2026.2");
  const official = await apiAs(baseUrl, "official", country);
  const created = await official.call<{ id: string; version: number }>("POST", "/api/assessments", {
    country,
    cycle,
    ...INSTRUMENT,
    instrumentVersion: "2026.2",
  });
  const answers = Object.fromEntries(
    indicatorIds(instrument).map((id, n) => {
      const source = { title: `National defence review ${2019 + (n % 5)}, section ${n + 1}`, date: "2024-06-30" };
      const sourced =
        n % 4 === 0 ? { evidence: "documented", sources: [{ ...source, url: `https://example.org/r/${n}` }] } : {};
      const noted = n % 6 === 1 ? { note: "Checked with the joint staff; covers the last two rotations only." } : {};
      return [id, { level: n % 4, ...sourced, ...noted }];
    }),
  );
  await official.call("PATCH", `/api/assessments/${created.id}`, { answers }, { "If-Match": `"${created.version}"` });
  await official.call("POST", `/api/assessments/${created.id}/submit`, {}, { "Idempotency-Key": crypto.randomUUID() });
  return created.id;
}

describe("the report for a minister", () => {
  it("opens with a one-sentence conclusion, plans from 'start here', downloads the official's data and prints in under 5 A4 pages", async () => {
    const id = await seedTypical(suite.baseUrl);
    const api = await apiAs(suite.baseUrl, "official", country);
    const { page, problems } = await newPage(
      await suite.browser.newContext({ viewport: { width: 1366, height: 900 } }),
    );
    await signIn(page, suite.baseUrl, "official", country);
    await page.goto(`${suite.baseUrl}/#/a/${id}/results`);
    const headline = page.locator("article.report > p.headline");
    await headline.waitFor();
    const score = await api.call<{ overall: { stage: number | null } }>("GET", `/api/assessments/${id}/score`);
    expect(await headline.textContent()).toContain(`stage ${score.overall.stage} of 5`);
    expect(await headline.textContent()).toMatch(/Weakest area: .+, \d+ out of 100\./);
    await page.getByRole("heading", { name: "Start here" }).waitFor();
    expect(await page.locator(".start-here .rec").count()).toBeLessThanOrEqual(5);
    expect(await page.locator(".rec .why").first().textContent()).not.toMatch(/\.;|HIGH|MEDIUM/);
    await page.getByText("How to read this report").click();
    await expectAccessible(page, "report-results");

    for (const [label, name] of [
      ["Download my report (JSON)", `reengage-${country}-${cycle}.json`],
      ["Download my answers and plan (CSV)", `reengage-${country}-${cycle}.csv`],
    ]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
    }

    await page.getByText("How to read this report").click(); // closed again: the definitions print only when open
    await page.getByLabel("Handling marking on the printed report").selectOption("PROTECTED A");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".print-cover").isVisible()).toBe(true);
    expect(await page.locator(".print-cover .print-marking").textContent()).toBe("PROTECTED A");
    expect(await page.locator(".cited-sources > div").count()).toBe(11); // the sources print, indicator by indicator
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(5);
    expect(problems).toEqual([]);
  });
});
