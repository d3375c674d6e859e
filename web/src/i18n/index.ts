import { useEffect, useState } from "preact/hooks";
import type { LocaleText } from "#core/instrument/schema.ts";
import { type Messages, messagesEn } from "./messages-en.ts";

/** The languages of the interface. */
export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

/** Each language's own name, shown on the switch whatever the current language is. */
export const localeNames: Record<Locale, string> = { en: "English", fr: "Français" };

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

// `locale` and `m` are live bindings: every module that imports them reads the current language after a switch.
export let locale: Locale = "en";
export let m: Messages = messagesEn;

// English ships in the first load (it is the fallback); French is fetched only when chosen.
const catalogues: Record<Locale, () => Promise<Messages>> = {
  en: async () => messagesEn,
  fr: async () => (await import("./messages-fr.ts")).messagesFr,
};

const listeners = new Set<() => void>();
let requested: Locale = locale;

/** Switches the interface language: loads its catalogue, sets `<html lang>`, re-renders whoever uses `useLocale`. */
export async function setLocale(next: Locale): Promise<void> {
  requested = next;
  const messages = await catalogues[next]();
  if (requested !== next) return; // a later switch won the race
  locale = next;
  m = messages;
  if (typeof document !== "undefined") document.documentElement.lang = next;
  for (const l of listeners) l();
}

/** The current language; the calling component re-renders when it changes. */
export function useLocale(): Locale {
  const [current, setCurrent] = useState(locale);
  useEffect(() => {
    const on = () => setCurrent(locale);
    listeners.add(on);
    on();
    return () => {
      listeners.delete(on);
    };
  }, []);
  return current;
}

/** The text of instrument content in the current locale, English when missing. */
export function lt(text: LocaleText | undefined): string {
  if (!text) return "";
  return (text as Partial<Record<string, string>>)[locale] ?? text.en;
}

export function formatDate(iso: string | undefined, precise = false): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, { dateStyle: "medium", timeStyle: precise ? "medium" : "short" });
}

export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined) return m.results.none;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}
