import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { answer, expectAccessible, openSection, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();

describe("guidance where the official answers", () => {
  it("defines the UN terms a question uses, the evidence grades where they are chosen, and has a glossary page", async () => {
    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, suite.baseUrl, "official", "COL");
    await startAssessment(page, 2026);
    const training = suite.instrument.dimensions.find((d) => d.indicators.some((i) => i.id === "pdt-certification"));
    expect(training).toBeDefined();
    await openSection(page, training!.id);
    const field = page.locator("#ind-pdt-certification");
    await field.locator("summary", { hasText: "Guidance" }).click();
    await expect
      .poll(() => field.locator(".guidance").textContent())
      .toContain("Core Pre-deployment Training Materials");
    expect(await field.locator(".guidance").textContent()).toContain("Specialized Training Materials");

    // 2026.2 gives every question its own guidance and owning office: a question without a UN term still has some.
    const plain = page.locator("#ind-trainers-mobile-teams");
    await plain.locator("summary", { hasText: "Guidance" }).click();
    await expect.poll(async () => ((await plain.locator(".guidance").textContent()) ?? "").length).toBeGreaterThan(40);

    await answer(page, "pdt-certification", 2);
    await waitSaved(page);
    const select = page.locator("#ind-pdt-certification-evidence");
    const help = await select.getAttribute("aria-describedby");
    expect(await page.locator(`#${help}`).textContent()).toContain("Documented: an official document shows it");
    await expectAccessible(page, "guidance-01-question");

    await page.getByRole("link", { name: "Glossary", exact: true }).click();
    await page.getByRole("heading", { name: "Glossary", level: 1 }).waitFor();
    const text = (await page.locator("article.glossary-page").textContent()) ?? "";
    for (const term of ["PCRS", "10-1-2", "AC2", "CRSV", "UN-CMCoord", "CASEVAC", "MOWIP", "CPTM", "STM"])
      expect(text, term).toContain(term);
    expect(text).toContain("Externally verified");
    await expectAccessible(page, "guidance-02-glossary");
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { name: "Glossaire", level: 1 }).waitFor();
    await expect
      .poll(() => page.locator("article.glossary-page").textContent())
      .toContain("Système de préparation des capacités de maintien de la paix");
    expect(problems).toEqual([]);
  });
});
