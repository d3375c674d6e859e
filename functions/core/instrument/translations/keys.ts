import type { Instrument, LocaleText } from "../schema.ts";

/** One translatable text of an instrument: its stable key and the text itself. */
export interface TextSlot {
  key: string;
  text: LocaleText;
}

const isLocaleText = (value: unknown): value is LocaleText =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { en?: unknown }).en === "string" &&
  Object.keys(value).every((k) => k === "en" || k === "fr");

/**
 * The scope of an array element: items with an id are keyed by collection and id (`indicators:national-caveats`),
 * so a key survives an item moving between dimensions; options nest under their question; gates are keyed by
 * indicator and stage; stages by number; anything else by position.
 */
function elementScope(scope: string, collection: string, item: unknown, index: number): string {
  const o = (item ?? {}) as { id?: unknown; indicatorId?: unknown; forStage?: unknown; stage?: unknown };
  if (typeof o.id === "string") return collection === "options" ? `${scope}.${o.id}` : `${collection}:${o.id}`;
  if (typeof o.indicatorId === "string" && typeof o.forStage === "number")
    return `${collection}:${o.indicatorId}>${o.forStage}`;
  if (typeof o.stage === "number") return `${collection}:${o.stage}`;
  return `${scope}.${collection}.${index}`;
}

function walk(value: unknown, scope: string, path: string, out: TextSlot[]): void {
  if (isLocaleText(value)) {
    out.push({ key: path ? `${scope}.${path}` : scope, text: value });
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [name, child] of Object.entries(value)) {
    if (Array.isArray(child) && child.some((c) => typeof c === "object" && c !== null && !isLocaleText(c)))
      for (const [i, item] of child.entries()) walk(item, elementScope(scope, name, item, i), "", out);
    else walk(child, scope, path ? `${path}.${name}` : name, out);
  }
}

/**
 * Every text a person reads in an instrument, with a key built from item ids (e.g.
 * `indicators:national-caveats.levels.2`, `recommendations:x.rationale`, `profile:q.option.label`).
 * Found by walking the document, so a text field added to the schema is covered without touching this code.
 */
export function textSlots(instrument: Instrument): TextSlot[] {
  const out: TextSlot[] = [];
  walk(instrument, "instrument", "", out);
  return out;
}
