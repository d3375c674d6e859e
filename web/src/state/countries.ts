import { useEffect, useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { type Locale, locale, useLocale } from "../i18n/index.ts";

export interface CountryOption {
  code: string;
  name: string;
}

// Names per language, fetched from the API (GET /api/countries?lang=) the first time a language is shown: the
// French table never ships in the initial bundle, and a country is named the same way on every page.
const names: Partial<Record<Locale, Map<string, string>>> = {};
const loading: Partial<Record<Locale, Promise<void>>> = {};
const listeners = new Set<() => void>();

/** Fetches one language's names once; a failure leaves codes shown, and retries on the next call. */
function load(lang: Locale): Promise<void> {
  loading[lang] ??= api.countries(lang).then(
    (list) => {
      names[lang] = new Map(list.items.map((c) => [c.code, c.name]));
      for (const l of listeners) l();
    },
    () => {
      delete loading[lang];
    },
  );
  return loading[lang];
}

/** A country's name in the current language, or its code until the names have arrived (or for a code the UN does not list). */
export function countryName(code: string): string {
  return names[locale]?.get(code) ?? code;
}

/** "Canada (CAN)": the name and the code, where both help (titles, lists an analyst or admin scans). */
export function countryLabel(code: string): string {
  const name = names[locale]?.get(code);
  return name ? `${name} (${code})` : code;
}

const collators = new Map<Locale, Intl.Collator>();

/** Compares two names as the reader's language sorts them (« Égypte » with the E's, not after Z). */
export function compareNames(a: string, b: string): number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base" });
    collators.set(locale, collator);
  }
  return collator.compare(a, b);
}

/** Every known country, by name in the current language (empty until the names have arrived). */
export function countryOptions(): CountryOption[] {
  return [...(names[locale] ?? new Map<string, string>())]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => compareNames(a.name, b.name));
}

/** Loads the names in the current language and re-renders the calling component when they arrive or change. */
export function useCountryNames(): void {
  const current = useLocale();
  const [, setVersion] = useState(0);
  useEffect(() => {
    const on = () => setVersion((v) => v + 1);
    listeners.add(on);
    return () => {
      listeners.delete(on);
    };
  }, []);
  useEffect(() => {
    void load(current);
  }, [current]);
}
