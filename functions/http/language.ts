import type { Context } from "hono";
import { type Language, languages } from "../core/instrument/translations/index.ts";

export type { Language };

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/**
 * The best supported language of an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8" → "fr"), English when the
 * header is absent or names neither English nor French.
 */
export function negotiateLanguage(header: string | undefined): Language {
  const ranked = (header ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { primary: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.q > 0 && isLanguage(r.primary))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return (ranked[0]?.primary as Language | undefined) ?? "en";
}

/** The caller's language: `?lang=` when it names a supported language, else the Accept-Language header. */
export function requestLanguage(c: Context): Language {
  const query = c.req.query("lang");
  return isLanguage(query) ? query : negotiateLanguage(c.req.header("accept-language"));
}

/**
 * The language of a response to a route with `?lang=` (languageQuery): the query, else Accept-Language, announced
 * in Content-Language, with Vary so a cache keeps each language apart.
 */
export function servedLanguage(c: Context, query: { lang?: Language | undefined }): Language {
  const lang = query.lang ?? negotiateLanguage(c.req.header("accept-language"));
  c.header("Vary", "Accept-Language");
  c.header("Content-Language", lang);
  return lang;
}
