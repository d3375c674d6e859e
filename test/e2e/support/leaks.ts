import type { Page } from "playwright-core";
import { glossaryEn } from "../../../web/src/glossary/terms-en.ts";
import { glossaryFr } from "../../../web/src/glossary/terms-fr.ts";
import { messagesEn } from "../../../web/src/i18n/messages-en.ts";
import { messagesFr } from "../../../web/src/i18n/messages-fr.ts";

const MARK = "\u2063";

/** The fixed words of a catalogue function: call it with markers (or numbers when it does arithmetic) and split. */
function fragmentsOf(fn: (...args: never[]) => string): string[] {
  let text: string;
  try {
    text = (fn as (...a: string[]) => string)(MARK, MARK, MARK, MARK);
    if (typeof text !== "string") return [];
  } catch {
    text = (fn as (...a: number[]) => string)(7, 7, 7, 7).replaceAll("7", MARK);
  }
  return text.split(MARK).map((s) => s.trim());
}

function leaves(value: unknown, out: Map<string, unknown>, path: string): void {
  if (typeof value === "string" || typeof value === "function") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, out, path ? `${path}.${k}` : k);
}

const worthChecking = (s: string) => s.length >= 4 && /\p{L}{3}/u.test(s);

/** The English texts of `english` that differ from their French in `french` (same keys); functions give their fixed words. */
function englishOnly(english: unknown, french: unknown): string[] {
  const en = new Map<string, unknown>();
  const fr = new Map<string, unknown>();
  leaves(english, en, "");
  leaves(french, fr, "");
  const found = new Set<string>();
  for (const [path, e] of en) {
    const f = fr.get(path);
    const eParts = typeof e === "function" ? fragmentsOf(e as () => string) : [e as string];
    const fParts = new Set(typeof f === "function" ? fragmentsOf(f as () => string) : [f as string]);
    for (const part of eParts) if (worthChecking(part) && !fParts.has(part)) found.add(part);
  }
  return [...found];
}

/**
 * English texts of the UI catalogue and of the glossary that differ from their French: none of them may show on a
 * French page. Function messages contribute their fixed words ("Signed in as", "indicators still have no answer…").
 */
export function catalogueEnglish(): string[] {
  return [...englishOnly(messagesEn, messagesFr), ...englishOnly(glossaryEn, glossaryFr)];
}

/**
 * English texts of an instrument served with `?lang=fr` that differ from their French. The switch's "English" is
 * meant to show on French pages, so it is not a leak.
 */
export function instrumentEnglish(served: unknown): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === "object") {
      const t = v as { en?: unknown; fr?: unknown };
      if (typeof t.en === "string" && t.en !== t.fr && worthChecking(t.en) && t.en !== "English") found.add(t.en);
      for (const x of Object.values(v)) visit(x);
    }
  };
  visit(served);
  return [...found];
}

/** The English names of the countries whose French name differs ("Norway" for « Norvège »; not "Canada"). */
export function countryEnglish(
  english: readonly { code: string; name: string }[],
  french: readonly { code: string; name: string }[],
): string[] {
  const fr = new Map(french.map((c) => [c.code, c.name]));
  return english.filter((c) => fr.get(c.code) !== c.name && worthChecking(c.name)).map((c) => c.name);
}

/** Everything a reader of the page gets: visible text, accessible names, titles, placeholders, SVG titles. */
export function renderedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (print media hides some)
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll("[aria-label],[title],[placeholder],[alt]"))
      for (const a of ["aria-label", "title", "placeholder", "alt"]) parts.push(el.getAttribute(a) ?? "");
    for (const el of document.querySelectorAll("svg title, svg desc, svg text")) parts.push(el.textContent ?? "");
    return parts.join("\n");
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The English strings among `candidates` found in `text` as whole words. */
export function leaksIn(text: string, candidates: readonly string[]): string[] {
  return candidates.filter((c) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(c)}(?![\\p{L}\\p{N}])`, "u").test(text),
  );
}
