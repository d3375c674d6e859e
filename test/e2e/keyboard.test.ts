import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { indicatorIds, loadInstrument } from "./support/api.ts";
import { launchBrowser, newPage } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Focused {
  tag: string;
  type: string;
  name: string;
  text: string;
  groupAnswered: boolean;
  inIndicator: boolean;
  outline: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const fs = el?.closest("fieldset");
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      type: el?.type ?? "",
      name: el?.name ?? "",
      text: (el?.textContent ?? "").trim(),
      groupAnswered: Boolean(fs?.querySelector("input[type=radio]:checked")),
      inIndicator: Boolean(fs?.id.startsWith("ind-")),
      outline: el ? getComputedStyle(el).outlineStyle : "",
    };
  });

/** Presses Tab until `want` holds for the focused element. */
async function tabTo(page: Page, want: (f: Focused) => boolean, limit = 80): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(`focus never reached the wanted element after ${limit} presses of Tab`);
}

describe("keyboard only", () => {
  it("an official signs in, answers every indicator and submits without a pointer", async () => {
    const { page, problems } = await newPage(await browser.newContext());
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    const skip = await tabTo(page, () => true, 1);
    expect(skip.text).toBe("Skip to main content");
    await tabTo(page, (f) => f.tag === "input" && f.name === "country");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("BRA");
    await tabTo(page, (f) => f.text === "Sign in");
    await page.keyboard.press("Enter");
    await tabTo(page, (f) => f.tag === "input" && f.type === "number");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2026");
    await tabTo(page, (f) => f.text === "Start assessment");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/q\/profile$/);

    let answered = 0;
    for (let step = 0; step < 3000; step++) {
      await page.keyboard.press("Tab");
      const f = await focused(page);
      if (f.type === "radio" && f.inIndicator && !f.groupAnswered) {
        expect(f.outline).not.toBe("none");
        await page.keyboard.press(answered % 2 === 0 ? "Space" : "ArrowDown");
        answered += 1;
      } else if (f.tag === "a" && f.text.startsWith("Next section")) {
        await page.keyboard.press("Enter");
      } else if (f.text === "Submit assessment") {
        await page.keyboard.press("Enter");
        break;
      }
    }
    // The confirmation takes focus; its confirm button is the next stop that submits.
    await page.locator("#submit-confirm-title").waitFor();
    await tabTo(page, (f) => f.text === "Confirm submission", 10);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/results$/, { timeout: 20_000 });
    await page.getByRole("heading", { name: "Recommendations" }).waitFor();
    expect(answered).toBe(indicatorIds(await loadInstrument(baseUrl)).length);
    expect(await page.locator(".rec").count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
