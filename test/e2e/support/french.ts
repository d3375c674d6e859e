import type { Page } from "playwright-core";
import { expect } from "vitest";
import { INSTRUMENT } from "./api.ts";
import { catalogueEnglish, countryEnglish, instrumentEnglish, leaksIn, renderedText } from "./leaks.ts";

type CountryList = { items: { code: string; name: string }[] };

/**
 * Every English string that must not show on a French page: the UI catalogue's, both published instrument
 * versions' (served with ?lang=fr), and the English names of the UN member states whose French name differs.
 */
export async function englishCandidates(baseUrl: string): Promise<string[]> {
  const json = (path: string) => fetch(`${baseUrl}${path}`).then((r) => r.json());
  const versions = await Promise.all(
    ["2026.1", "2026.2"].map((v) => json(`/api/instruments/${INSTRUMENT.instrumentId}/versions/${v}?lang=fr`)),
  );
  const [en, fr] = (await Promise.all([json("/api/countries?lang=en"), json("/api/countries?lang=fr")])) as [
    CountryList,
    CountryList,
  ];
  return [...catalogueEnglish(), ...versions.flatMap(instrumentEnglish), ...countryEnglish(en.items, fr.items)];
}

/**
 * Fails with the English strings found on the page in its current state. Polls briefly: names and texts that
 * arrive after the first paint (country names, the report) settle before a leak counts.
 */
export async function expectNoEnglish(page: Page, candidates: readonly string[], state: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("fr");
  await expect
    .poll(async () => leaksIn(await renderedText(page), candidates), {
      message: `English on the French page "${state}"`,
      timeout: 3000,
    })
    .toEqual([]);
}

/** Signs in through the French sign-in form. */
export async function signInFr(page: Page, role: string, country?: string): Promise<void> {
  await page.getByRole("radio", { name: role }).check();
  if (country) await page.getByLabel(/Pays/).fill(country);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
}
