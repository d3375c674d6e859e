import { describe, expect, it } from "vitest";
import type { InstrumentLite } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, openSection, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const baseUrl = suite.baseUrl;

describe("resume", () => {
  it("a reload halfway keeps every answer, and another device resumes at the first unanswered indicator", async () => {
    const [first, second] = suite.instrument.dimensions as [
      InstrumentLite["dimensions"][0],
      InstrumentLite["dimensions"][0],
    ];
    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, baseUrl, "official", "FRA");
    const id = await startAssessment(page, 2026);
    await openSection(page, first.id);
    for (const [n, ind] of first.indicators.entries()) await answer(page, ind.id, n % 4);
    await openSection(page, second.id);
    const half = second.indicators.slice(0, 4);
    for (const ind of half) await answer(page, ind.id, 2);
    await page.locator(`#ind-${half[0]!.id}-note`).fill("Set out in the 2025 white paper");
    await waitSaved(page);

    await page.reload();
    await page.locator("#section-title").waitFor();
    // A section opened by its address shows its first questions first, then the rest of them.
    await expect.poll(() => page.locator(".q-section fieldset.indicator").count()).toBe(second.indicators.length);
    for (const ind of half) expect(await page.locator(`#ind-${ind.id} input[value="2"]`).isChecked()).toBe(true);
    expect(await page.locator(`#ind-${half[0]!.id}-note`).inputValue()).toBe("Set out in the 2025 white paper");
    await openSection(page, first.id);
    for (const [n, ind] of first.indicators.entries())
      expect(await page.locator(`#ind-${ind.id} input[value="${n % 4}"]`).isChecked()).toBe(true);

    const other = await newPage(await suite.browser.newContext());
    await signIn(other.page, baseUrl, "official", "FRA");
    await other.page.goto(`${baseUrl}/#/a/${id}`);
    const next = second.indicators[4]!;
    await expect.poll(() => other.page.url()).toContain(`/q/${second.id}`);
    await expect
      .poll(() => other.page.evaluate(() => document.activeElement?.closest("fieldset")?.id ?? null))
      .toBe(`ind-${next.id}`);
    expect([...problems, ...other.problems]).toEqual([]);
  });
});
