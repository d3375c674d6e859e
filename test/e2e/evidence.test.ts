import { describe, expect, it } from "vitest";
import { apiAs } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, openSection, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const baseUrl = suite.baseUrl;

describe("evidence and review", () => {
  it("an official cites a source (autosaved), a reviewer verifies it, and the official sees the verdict", async () => {
    const dimension = suite.instrument.dimensions[0]!;
    const ind = dimension.indicators[0]!;
    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, baseUrl, "official", "IRL");
    const id = await startAssessment(page, 2026);
    await openSection(page, dimension.id);
    await answer(page, ind.id, 2);
    await page.locator(`#ind-${ind.id}`).getByRole("button", { name: "Add a source" }).click();
    await page.locator(`#ind-${ind.id}-src0-title`).fill("Defence white paper 2025");
    await page.locator(`#ind-${ind.id}-src0-url`).fill("https://example.org/white-paper");
    await page.locator(`#ind-${ind.id}-evidence`).selectOption("documented");
    await waitSaved(page);
    const official = await apiAs(baseUrl, "official", "IRL");
    await expect
      .poll(
        async () =>
          (await official.call<{ answers: Record<string, unknown> }>("GET", `/api/assessments/${id}`)).answers[ind.id],
      )
      .toEqual({
        level: 2,
        evidence: "documented",
        sources: [{ title: "Defence white paper 2025", url: "https://example.org/white-paper" }],
      });

    const reviewer = await newPage(await suite.browser.newContext());
    await signIn(reviewer.page, baseUrl, "reviewer", "IRL");
    await reviewer.page.goto(`${baseUrl}/#/a/${id}/verify`);
    await reviewer.page.locator(`#note-${ind.id}`).fill("Paper checked");
    await reviewer.page.locator(`#review-${ind.id}`).getByRole("button", { name: "Verified" }).click();
    await reviewer.page.getByText("Verified by a reviewer").waitFor();

    await page.reload();
    await page.locator(`#ind-${ind.id}`).getByText("Verified by a reviewer").waitFor();
    expect([...problems, ...reviewer.problems]).toEqual([]);
  });
});
