import { createHash } from "node:crypto";
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

/** An instrument version as sent in one language: its JSON body and an ETag of exactly those bytes. */
export interface ServedInstrument {
  body: string;
  etag: string;
}

const served = new WeakMap<Instrument, Map<Language, ServedInstrument>>();

/**
 * The body of GET /api/instruments/{id}/versions/{version}, serialized once per language and warm instance: an
 * instrument version never changes while the process runs, and its JSON (≈ 250 KB with French) is the largest
 * body the questionnaire waits for. The ETag lets a browser that holds it revalidate with a 304.
 */
export function servedInstrument(instrument: Instrument, language: Language): ServedInstrument {
  let byLanguage = served.get(instrument);
  if (!byLanguage) {
    byLanguage = new Map();
    served.set(instrument, byLanguage);
  }
  let sent = byLanguage.get(language);
  if (!sent) {
    const body = JSON.stringify(instrumentIn(instrument, language));
    sent = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
    byLanguage.set(language, sent);
  }
  return sent;
}

/** Summaries with their titles in `language`. */
export function summariesIn(items: InstrumentSummary[], all: readonly Instrument[], language: Language) {
  if (language === "en") return items;
  return items.map((s) => {
    const source = all.find((i) => i.id === s.id && i.version === s.version);
    return source ? { ...s, title: instrumentIn(source, language).title } : s;
  });
}
