import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { AxeViolation } from "./browser.ts";
import { auditPage } from "./browser.ts";

/** Signs in through the local sign-in form (dev tokens). */
const roleLabels = {
  official: "Defence official",
  analyst: "Think-tank analyst",
  admin: "Administrator",
  reviewer: "Reviewer",
} as const;

export async function signIn(page: Page, baseUrl: string, role: keyof typeof roleLabels, country?: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole("radio", { name: roleLabels[role] }).check();
  if (country) await page.getByLabel(/Country/).fill(country);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Starts an assessment for `cycle` from the home page and returns its id. */
export async function startAssessment(page: Page, cycle: number): Promise<string> {
  // The cycle field by id: the list of a country's assessments is a region labelled "Cycle" too.
  await page.locator("#cycle").fill(String(cycle));
  await page.getByRole("button", { name: "Start assessment" }).click();
  await page.waitForURL(/#\/a\/[^/]+\/q\//);
  return /#\/a\/([^/]+)/.exec(page.url())?.[1] ?? "";
}

export async function answer(page: Page, indicatorId: string, level: string | number) {
  await page.locator(`#ind-${indicatorId} input[type=radio][value="${level}"]`).check();
}

export async function waitSaved(page: Page) {
  await page.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 });
}

export async function openSection(page: Page, section: string) {
  await page.locator(`.q-nav a[href$="/q/${section}"]`).click();
  await page.locator("#section-title").waitFor();
}

/** Screenshot + axe; fails the test with the list of violations. */
export async function expectAccessible(page: Page, name: string) {
  const violations: AxeViolation[] = await auditPage(page, name);
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${name}`).toEqual([]);
}
