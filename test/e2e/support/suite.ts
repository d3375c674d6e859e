import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { type InstrumentLite, loadInstrument } from "./api.ts";
import { launchBrowser } from "./browser.ts";

export interface BrowserSuite {
  baseUrl: string;
  browser: Browser;
  instrument: InstrumentLite;
}

/** Launches Chromium and loads the instrument once per test file; read the fields inside tests. */
export function browserSuite(): BrowserSuite {
  const suite = { baseUrl: inject("baseUrl") } as BrowserSuite;
  beforeAll(async () => {
    suite.instrument = await loadInstrument(suite.baseUrl);
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}
