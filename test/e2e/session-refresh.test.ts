import { describe, expect, it } from "vitest";
import { apiAs } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { answer, openSection, signIn, startAssessment, waitSaved } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const baseUrl = suite.baseUrl;

describe("a long sitting", () => {
  it("renews the token silently when it expires, and the answer is saved", async () => {
    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, baseUrl, "official", "ITA");
    const id = await startAssessment(page, 2026);
    const dimension = suite.instrument.dimensions[2]!;
    await openSection(page, dimension.id);
    const before = await page.evaluate(() => localStorage.getItem("reengage.session") ?? "");
    // The server now rejects the token the page holds, as it would once the hour is over.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem("reengage.session") ?? "{}");
      localStorage.setItem("reengage.session", JSON.stringify({ ...s, token: "expired.token.value" }));
    });
    await page.reload();
    await openSection(page, dimension.id);
    const indicator = dimension.indicators[0]!.id;
    await answer(page, indicator, 3);
    await waitSaved(page);
    const after = await page.evaluate(() => localStorage.getItem("reengage.session") ?? "");
    expect(JSON.parse(after).token).not.toBe("expired.token.value");
    expect(JSON.parse(after).subject).toBe(JSON.parse(before).subject);
    const official = await apiAs(baseUrl, "official", "ITA");
    const server = await official.call<{ answers: Record<string, { level: unknown }> }>(
      "GET",
      `/api/assessments/${id}`,
    );
    expect(server.answers[indicator]?.level).toBe(3);
    expect(problems).toEqual([]);
  });
});
