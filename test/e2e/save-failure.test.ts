import { describe, expect, it } from "vitest";
import { apiAs } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, expectAccessible, openSection, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const baseUrl = suite.baseUrl;

describe("when saving fails", () => {
  it("shows the failure, keeps the answer and saves it on retry", async () => {
    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, baseUrl, "official", "DEU");
    const id = await startAssessment(page, 2026);
    const dimension = suite.instrument.dimensions[0]!;
    const indicator = dimension.indicators[0]!.id;
    await openSection(page, dimension.id);
    const failing = "**/api/assessments/*";
    await page.route(failing, (route) =>
      route.request().method() === "PATCH"
        ? route.fulfill({
            status: 503,
            contentType: "application/json",
            body: JSON.stringify({ error: { code: "unavailable", message: "Service unavailable" } }),
          })
        : route.continue(),
    );
    await answer(page, indicator, 2);
    await page.locator('[data-save-status="failed"]').waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Not saved" }).count()).toBe(1);
    expect(await page.locator(`#ind-${indicator} input[value="2"]`).isChecked()).toBe(true);
    await expectAccessible(page, "08-save-failed");

    const official = await apiAs(baseUrl, "official", "DEU");
    const before = await official.call<{ answers: Record<string, unknown> }>("GET", `/api/assessments/${id}`);
    expect(before.answers[indicator]).toBeUndefined();

    await page.unroute(failing);
    await page.getByRole("button", { name: "Retry saving" }).click();
    await waitSaved(page);
    const after = await official.call<{ answers: Record<string, { level: unknown }> }>("GET", `/api/assessments/${id}`);
    expect(after.answers[indicator]?.level).toBe(2);
    expect(problems.filter((p) => !p.includes("503"))).toEqual([]);
  });
});
