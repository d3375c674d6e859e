import { describe, expect, it } from "vitest";
import { apiAs, indicatorIds } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, expectAccessible, openSection, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();

describe("review and submit protects the official", () => {
  it("lists the answers to check, names the visibility, asks again below the floor, and tells draft from snapshot", async () => {
    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, suite.baseUrl, "official", "POL");
    const id = await startAssessment(page, 2026);
    // Country names come from the API (GET /api/countries), with the code beside them.
    await expect.poll(() => page.locator("h1").textContent()).toBe("Assessment Poland (POL) 2026");
    const ids = indicatorIds(suite.instrument);
    const first = suite.instrument.dimensions[0]!;
    // Method 1.1 takes "not applicable" only where the instrument allows it: civilian rosters, with no civilian
    // contribution intended (this profile chooses none).
    const [levelTwo, unknown, na] = [ids[0]!, ids[2]!, "civilian-rosters"];
    const naSection = suite.instrument.dimensions.find((d) => d.indicators.some((i) => i.id === na))!;
    await openSection(page, first.id);
    // "Next unanswered" goes to the first indicator without an answer and focuses it.
    await page.getByRole("button", { name: "Next unanswered question" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("fieldset")?.id))
      .toBe(`ind-${levelTwo}`);
    await answer(page, levelTwo, 2);
    await answer(page, unknown, "unknown");
    await waitSaved(page);
    await page.getByRole("button", { name: "Next unanswered question" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("fieldset")?.id)).toBe(`ind-${ids[1]}`);
    await openSection(page, naSection.id);
    await answer(page, na, "na");
    await page.locator(`#ind-${na}-reason`).fill("No civilian experts intended in this cycle");
    await waitSaved(page);

    await openSection(page, "review");
    const rows = page.locator(".review-summary tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    const text = await page.locator(".review-summary").textContent();
    expect(text).toContain("Don't know: 1 · Not applicable: 1 · Level above 0 without a source: 1");
    expect(text).toContain("No civilian experts intended in this cycle");
    await expectAccessible(page, "submit-01-review-table");

    await page.getByRole("button", { name: "Submit assessment" }).click();
    const confirm = page.locator(".submit-confirm");
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("This assessment is currently Private.");
    expect(await confirm.textContent()).toMatch(/Only \d+ % of the instrument/);
    const go = page.getByRole("button", { name: "Confirm submission" });
    expect(await go.isDisabled()).toBe(true);
    await expectAccessible(page, "submit-02-confirm-below-floor");
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await confirm.count()).toBe(0);
    const official = await apiAs(suite.baseUrl, "official", "POL");
    expect((await official.call<{ status: string }>("GET", `/api/assessments/${id}`)).status).toBe("draft");

    await page.getByRole("button", { name: "Submit assessment" }).click();
    await page.getByRole("checkbox", { name: /submit this incomplete assessment anyway/ }).check();
    await go.click();
    await page.waitForURL(/\/results$/);
    await expect.poll(() => page.getByTestId("report-state").textContent()).toContain("Submitted");

    // A link in the review table opens the question it names.
    await page.goto(`${suite.baseUrl}/#/a/${id}/q/review`);
    await page.locator(".review-summary a").first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("fieldset")?.id))
      .toBe(`ind-${levelTwo}`);
    expect(await page.getByTestId("snapshot-banner").textContent()).toContain("Changing an answer starts a live draft");
    await answer(page, levelTwo, 3);
    await waitSaved(page);
    await expect
      .poll(() => page.getByTestId("snapshot-banner").textContent())
      .toContain("You are changing a submitted assessment. Others still see the snapshot of");
    await expectAccessible(page, "submit-03-live-draft-banner");
    await page.goto(`${suite.baseUrl}/#/a/${id}/results`);
    await expect.poll(() => page.getByTestId("report-state").textContent()).toContain("Live draft");
    expect(problems).toEqual([]);
  });
});
