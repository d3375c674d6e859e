import type { Instrument } from "../schema.ts";
import type { TranslationTable } from "./flatten.ts";
import { french } from "./fr/index.ts";
import { textSlots } from "./keys.ts";

/** The languages an instrument is served in. */
export const languages = ["en", "fr"] as const;
export type Language = (typeof languages)[number];

/** The translation of one text of `instrument`, the version-specific one first. */
function lookup(table: TranslationTable, version: string, key: string): string | undefined {
  return table[`${version}|${key}`] ?? table[key];
}

function withTexts<T>(value: T, texts: Map<object, string>): T {
  if (typeof value !== "object" || value === null) return value;
  const fr = texts.get(value);
  if (fr !== undefined) return { ...value, fr } as T;
  if (Array.isArray(value)) return value.map((v) => withTexts(v, texts)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTexts(v, texts)])) as T;
}

/**
 * `instrument` with its French merged in: every text becomes `{ en, fr }`. Translations live outside the version's
 * content (translations/fr), so adding or correcting French never changes what a version scores.
 */
export function translateInstrument(instrument: Instrument, table: TranslationTable = french): Instrument {
  const texts = new Map<object, string>();
  for (const slot of textSlots(instrument)) {
    const fr = lookup(table, instrument.version, slot.key);
    if (fr !== undefined) texts.set(slot.text, fr);
  }
  return withTexts(instrument, texts);
}

/** Keys of the texts of `instrument` that have no French: the test suite requires none. */
export function missingTranslations(instrument: Instrument, table: TranslationTable = french): string[] {
  return textSlots(instrument)
    .filter((slot) => lookup(table, instrument.version, slot.key) === undefined)
    .map((slot) => slot.key);
}
