import { describe, expect, it } from "vitest";
import { apiAs, type InstrumentLite, indicatorIds } from "./support/api.ts";
import { newPage } from "./support/browser.ts";
import { openSection, signIn, startAssessment } from "./support/flows.ts";
import { browserSuite } from "./support/suite.ts";

const suite = browserSuite();
const baseUrl = suite.baseUrl;

type Created = { id: string; version: number };
type Held = { instrumentVersion: string; answers: Record<string, { level: unknown }> };

describe("carry forward", () => {
  it("an official starting a new cycle on 2026.2 starts from last cycle's 2026.1 answers", async () => {
    const norway = await apiAs(baseUrl, "official", "NOR");
    const old = (await fetch(`${baseUrl}/api/instruments/un-peace-ops-readiness/versions/2026.1`).then((r) =>
      r.json(),
    )) as InstrumentLite;
    const last = await norway.call<Created>("POST", "/api/assessments", {
      country: "NOR",
      cycle: 2030,
      instrumentId: old.id,
      instrumentVersion: old.version,
    });
    const answers = Object.fromEntries(indicatorIds(old).map((id) => [id, { level: 2 }]));
    await norway.call("PATCH", `/api/assessments/${last.id}`, { answers }, { "If-Match": `"${last.version}"` });

    const { page, problems } = await newPage(await suite.browser.newContext());
    await signIn(page, baseUrl, "official", "NOR");
    await page.locator("#copy-from").waitFor();
    expect(await page.locator("#copy-from").inputValue()).toBe(last.id);
    const id = await startAssessment(page, 2031);

    const created = await norway.call<Held>("GET", `/api/assessments/${id}`);
    expect(created.instrumentVersion).toBe("2026.2");
    const carried = Object.keys(created.answers);
    expect(carried.length).toBeGreaterThan(20);
    const all = suite.instrument.dimensions.flatMap((d) => d.indicators.map((x) => x.id));
    const summary = page.getByTestId("carry-summary");
    await summary.waitFor();
    expect(await summary.locator("h2").innerText()).toContain(`${carried.length} answers carried`);
    const toAnswer = summary.locator(".carry-list li");
    expect(await toAnswer.count()).toBe(all.length - carried.length);
    const firstToAnswer = all.find((x) => !carried.includes(x)) as string;
    const details = summary.locator("details");
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    await summary.locator(".carry-list a").first().click();
    await page.locator(`#ind-${firstToAnswer}`).waitFor();
    expect(page.url()).toContain(firstToAnswer);
    await page.getByRole("button", { name: "Hide this list" }).click();
    await page.reload();
    await page.locator(".q-section").waitFor();
    expect(await page.getByTestId("carry-summary").count()).toBe(0);

    const firstSection = suite.instrument.dimensions[0]!;
    await openSection(page, firstSection.id);
    const shown = firstSection.indicators.filter((x) => carried.includes(x.id));
    expect(shown.length).toBeGreaterThan(0);
    for (const ind of shown) expect(await page.locator(`#ind-${ind.id} input[value="2"]`).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });
});
