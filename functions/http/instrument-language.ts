import * as z from "zod";
import type { InstrumentSummary } from "../core/instrument/catalogue.ts";
import type { Instrument } from "../core/instrument/schema.ts";
import { languages, translateInstrument } from "../core/instrument/translations/index.ts";
import type { Language } from "./language.ts";

/** `?lang=en|fr` on the instrument routes (Accept-Language when absent). */
export const languageQuery = z.object({ lang: z.enum(languages).optional() });

const french = new WeakMap<Instrument, Instrument>();

/** An instrument in `language`: French adds `fr` beside every English text. Built once per warm instance. */
export function instrumentIn(instrument: Instrument, language: Language): Instrument & { lang: Language } {
  if (language === "en") return { ...instrument, lang: "en" };
  let translated = french.get(instrument);
  if (!translated) {
    translated = translateInstrument(instrument);
    french.set(instrument, translated);
  }
  return { ...translated, lang: "fr" };
}

/** Summaries with their titles in `language`. */
export function summariesIn(items: InstrumentSummary[], all: readonly Instrument[], language: Language) {
  if (language === "en") return items;
  return items.map((s) => {
    const source = all.find((i) => i.id === s.id && i.version === s.version);
    return source ? { ...s, title: instrumentIn(source, language).title } : s;
  });
}
