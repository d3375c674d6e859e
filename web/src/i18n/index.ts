import type { LocaleText } from "../../../functions/core/instrument/schema.ts";
import { messagesEn } from "./messages-en.ts";

export const locale = "en";
export const m = messagesEn;

/** The text of instrument content in the current locale, English when missing. */
export function lt(text: LocaleText | undefined): string {
  if (!text) return "";
  return text[locale] ?? text.en;
}

export function formatDate(iso: string | undefined, precise = false): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale, { dateStyle: "medium", timeStyle: precise ? "medium" : "short" });
}

export function formatNumber(n: number | null | undefined, digits = 0): string {
  return n === null || n === undefined ? m.results.none : n.toFixed(digits);
}
