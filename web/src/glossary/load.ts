import { useEffect, useState } from "preact/hooks";
import type { Locale } from "../i18n/index.ts";
import type { Glossary } from "./terms-en.ts";

const cache = new Map<Locale, Glossary>();

/** The glossary's definitions in a language, fetched on first use (they are not part of the first load). */
export async function loadGlossary(locale: Locale): Promise<Glossary> {
  const known = cache.get(locale);
  if (known) return known;
  const glossary =
    locale === "fr" ? (await import("./terms-fr.ts")).glossaryFr : (await import("./terms-en.ts")).glossaryEn;
  cache.set(locale, glossary);
  return glossary;
}

/** The definitions once `wanted` is true (e.g. a disclosure was opened); null until they have arrived. */
export function useGlossary(locale: Locale, wanted: boolean): Glossary | null {
  const [glossary, setGlossary] = useState<Glossary | null>(() => cache.get(locale) ?? null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadGlossary(locale).then((g) => live && setGlossary(g));
    return () => {
      live = false;
    };
  }, [locale, wanted]);
  return wanted ? glossary : null;
}
