import { describe, expect, it } from "vitest";
import { apiAs } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, expectAccessible, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const baseUrl = suite.baseUrl;

describe("two tabs editing one assessment", () => {
  it("reach the merge view for the indicator both changed, and merge the rest silently", async () => {
    const context = await suite.browser.newContext();
    const a = await newPage(context);
    await signIn(a.page, baseUrl, "official", "JPN");
    const id = await startAssessment(a.page, 2026);
    const dimension = suite.instrument.dimensions[1]!;
    const [x, y] = dimension.indicators as [{ id: string }, { id: string }];
    const url = `${baseUrl}/#/a/${id}/q/${dimension.id}`;
    const b = await newPage(context);
    await a.page.goto(url);
    await b.page.goto(url);
    await a.page.locator(`#ind-${x.id}`).waitFor();
    await b.page.locator(`#ind-${x.id}`).waitFor();

    await answer(a.page, x.id, 1);
    await answer(a.page, y.id, 2);
    await waitSaved(a.page);

    await answer(b.page, x.id, 3);
    await b.page.getByRole("heading", { name: "Resolve differences" }).waitFor();
    const row = b.page.locator(".merge-row", { hasText: "" }).first();
    expect(await row.textContent()).toContain("Level 1");
    expect(await row.textContent()).toContain("Level 3");
    await expectAccessible(b.page, "09-merge");
    await b.page.getByRole("radio", { name: /Keep mine/ }).check();
    await b.page.getByRole("button", { name: "Apply and save" }).click();
    await waitSaved(b.page);

    const official = await apiAs(baseUrl, "official", "JPN");
    const server = await official.call<{ answers: Record<string, { level: unknown }> }>(
      "GET",
      `/api/assessments/${id}`,
    );
    expect(server.answers[x.id]?.level).toBe(3);
    expect(server.answers[y.id]?.level).toBe(2);
    expect(await b.page.locator(`#ind-${y.id} input[value="2"]`).isChecked()).toBe(true);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});
