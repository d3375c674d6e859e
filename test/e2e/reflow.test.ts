import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { apiAs, indicatorIds } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { expectAccessible, signIn } from "./support/flows.ts";
import { seedSubmitted } from "./support/seed.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const cycle = 2024;
const official = "MEX";
const countries = [official, "NLD", "SWE", "IRL", "URY", "CHL"];
const sizes = [
  { name: "mobile", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 900 },
];
let assessmentId = "";

/** A second snapshot for the official's country, so that compare has two to show. */
async function resubmit(baseUrl: string, ids: string[]) {
  const api = await apiAs(baseUrl, "official", official);
  const list = await api.call<{ items: { id: string; cycle: number; version: number }[] }>(
    "GET",
    `/api/assessments?country=${official}`,
  );
  const found = list.items.find((a) => a.cycle === cycle);
  if (!found) throw new Error("seeded assessment missing");
  assessmentId = found.id;
  const current = await api.call<{ version: number }>("GET", `/api/assessments/${found.id}`);
  const answers = Object.fromEntries(ids.slice(0, 5).map((id) => [id, { level: 3 }]));
  await api.call("PATCH", `/api/assessments/${found.id}`, { answers }, { "If-Match": `"${current.version}"` });
  await api.call("POST", `/api/assessments/${found.id}/submit`, {}, { "Idempotency-Key": crypto.randomUUID() });
}

/** The page is no wider than the window: nothing makes the reader scroll sideways. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    // The elements that stick out, outside the boxes that scroll on their own: they name the culprit on failure.
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest(".table-scroll"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
  });
  expect(
    scrollWidth,
    `${name}: ${scrollWidth} px wide in ${innerWidth} px; too wide: ${wide.join(", ")}`,
  ).toBeLessThanOrEqual(innerWidth);
}

async function check(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await expectNoSidewaysScroll(page, name);
  await expectAccessible(page, name);
}

async function visit(page: Page, hash: string, ready: string) {
  await page.goto(`${suite.baseUrl}/${hash}`);
  await page.locator(ready).first().waitFor();
}

async function officialPages(context: BrowserContext, size: string) {
  const { page, problems } = await newPage(context);
  await signIn(page, suite.baseUrl, "official", official);
  await page.locator("table.data").waitFor();
  await check(page, `reflow-${size}-home`);
  const first = suite.instrument.dimensions[0]!.id;
  for (const [section, ready] of [
    ["profile", "#section-title"],
    [first, `#section-title`],
    ["review", "#section-title"],
  ] as const) {
    await visit(page, `#/a/${assessmentId}/q/${section}`, ready);
    await check(page, `reflow-${size}-q-${section === first ? "section" : section}`);
  }
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.locator(".submit-confirm").waitFor();
  await check(page, `reflow-${size}-q-submit-confirm`);
  await page.getByRole("button", { name: "Cancel" }).click();
  await visit(page, "#/glossary", "article.glossary-page dl");
  await check(page, `reflow-${size}-glossary`);
  await visit(page, `#/a/${assessmentId}/results`, "article.report table.data");
  await check(page, `reflow-${size}-results`);
  await page.emulateMedia({ media: "print" });
  await check(page, `reflow-${size}-print`);
  await page.emulateMedia({ media: "screen" });
  await visit(page, `#/a/${assessmentId}/compare`, "form.card select");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.locator("table.data").first().waitFor();
  await check(page, `reflow-${size}-compare`);
  expect(problems).toEqual([]);
}

async function analystPages(context: BrowserContext, size: string) {
  const { page, problems } = await newPage(context);
  await signIn(page, suite.baseUrl, "analyst");
  await page.locator("#cycle").selectOption(String(cycle));
  await page.getByTestId("cohort-stats").waitFor();
  await check(page, `reflow-${size}-analyst`);
  await visit(page, "#/analyst/profiles", "section table.data a");
  await check(page, `reflow-${size}-public-countries`);
  await visit(page, `#/analyst/profiles/${official}/NLD`, "section table.data");
  await page.getByText("Mexico minus Netherlands").waitFor();
  await check(page, `reflow-${size}-profile-compared`);
  expect(problems).toEqual([]);
}

async function adminPages(context: BrowserContext, size: string) {
  const { page, problems } = await newPage(context);
  await signIn(page, suite.baseUrl, "admin");
  await page.locator("table.data").waitFor();
  await check(page, `reflow-${size}-admin`);
  await visit(page, `#/a/${assessmentId}/q/profile`, ".admin-gate");
  await check(page, `reflow-${size}-admin-edit-warning`);
  expect(problems).toEqual([]);
}

describe("every page reflows at 390 px and is accessible at both sizes", () => {
  beforeAll(async () => {
    await seedSubmitted(suite.baseUrl, countries, cycle, "public");
    await resubmit(suite.baseUrl, indicatorIds(suite.instrument));
  });

  for (const size of sizes) {
    it(`${size.name} ${size.width}×${size.height}`, async () => {
      const viewport = { width: size.width, height: size.height };
      const signInPage = await newPage(await suite.browser.newContext({ viewport }));
      await signInPage.page.goto(`${suite.baseUrl}/`);
      await signInPage.page.getByRole("button", { name: "Sign in" }).waitFor();
      await check(signInPage.page, `reflow-${size.name}-sign-in`);
      await officialPages(await suite.browser.newContext({ viewport }), size.name);
      await analystPages(await suite.browser.newContext({ viewport }), size.name);
      await adminPages(await suite.browser.newContext({ viewport }), size.name);
    });
  }
});
