/** A translation table: text key → translated text; `<version>|<key>` overrides one version's text. */
export type TranslationTable = Readonly<Record<string, string>>;

/** Texts as a translator writes them: per item, nested like the item (`levels` as a list of four). */
export interface NestedTexts {
  readonly [key: string]: string | readonly string[] | NestedTexts;
}

/** Flattens nested texts into keys: `{ "indicators:x": { levels: ["a"] } }` → `"indicators:x.levels.0": "a"`. */
export function flatten(nested: NestedTexts, prefix = ""): TranslationTable {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(nested)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value)) for (const [i, v] of (value as string[]).entries()) out[`${key}.${i}`] = v;
    else Object.assign(out, flatten(value as NestedTexts, key));
  }
  return out;
}
