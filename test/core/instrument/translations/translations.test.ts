import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instruments } from "../../../../functions/core/instrument/catalogue.ts";
import type { Instrument } from "../../../../functions/core/instrument/schema.ts";
import { instrumentSchema } from "../../../../functions/core/instrument/schema.ts";
import { flatten } from "../../../../functions/core/instrument/translations/flatten.ts";
import { french } from "../../../../functions/core/instrument/translations/fr/index.ts";
import { missingTranslations, translateInstrument } from "../../../../functions/core/instrument/translations/index.ts";
import { textSlots } from "../../../../functions/core/instrument/translations/keys.ts";

/** The instrument with every `fr` removed: what a version scores, which translation must never change. */
function withoutFrench(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFrench);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== "fr")
      .map(([k, v]) => [k, withoutFrench(v)]),
  );
}

describe.each(instruments.map((i) => [i.version, i] as const))("French of instrument version %s", (_v, instrument) => {
  it("has a translation for every text a person reads (a missing one fails the build, not the user)", () => {
    expect(missingTranslations(instrument)).toEqual([]);
  });

  it("merges French beside the English without touching the scoring content", () => {
    const translated = translateInstrument(instrument);
    expect(withoutFrench(translated)).toEqual(withoutFrench(instrument));
    expect(instrumentSchema.safeParse(translated).success).toBe(true);
    const slots = textSlots(translated);
    expect(slots.length).toBeGreaterThan(100);
    expect(slots.every((s) => typeof s.text.fr === "string" && s.text.fr.length > 0)).toBe(true);
    // Written in French, not copied: almost every text differs from its English (names such as "PCRS" may not).
    const same = slots.filter((s) => s.text.fr === s.text.en).map((s) => s.text.en);
    expect(same.length).toBeLessThanOrEqual(3);
  });

  it("uses the UN's French terms", () => {
    const all = textSlots(translateInstrument(instrument))
      .map((s) => s.text.fr)
      .join("\n");
    expect(all).toContain("Système de préparation des moyens de maintien de la paix");
    expect(all).toContain("formation préalable au déploiement");
    expect(all).toContain("opérations de paix des Nations Unies");
    expect(all).not.toMatch(/\bpeacekeeping\b|\bpre-deployment\b/i);
  });
});

describe("translation table", () => {
  it("holds no key that no published version uses (stale French after an id changed)", () => {
    const used = new Set(instruments.flatMap((i) => textSlots(i).map((s) => `${i.version}|${s.key}`)));
    const keys = new Set(instruments.flatMap((i) => textSlots(i).map((s) => s.key)));
    const published = new Set(instruments.map((i) => i.version));
    // French for a version not published yet waits for it; once it is, every one of its keys must be in use.
    const pending = (k: string) => k.includes("|") && !published.has(k.split("|")[0] as string);
    const stale = Object.keys(french).filter((k) => !pending(k) && (k.includes("|") ? !used.has(k) : !keys.has(k)));
    expect(stale).toEqual([]);
  });

  it("gives a text the same key in every version only when its English is the same, unless a version overrides it", () => {
    const english = new Map<string, Map<string, string>>();
    for (const i of instruments)
      for (const s of textSlots(i)) {
        const byVersion = english.get(s.key) ?? new Map<string, string>();
        byVersion.set(i.version, s.text.en);
        english.set(s.key, byVersion);
      }
    const drifted = [...english].filter(([key, byVersion]) => {
      const texts = [...byVersion].filter(([version]) => french[`${version}|${key}`] === undefined);
      return new Set(texts.map(([, en]) => en)).size > 1;
    });
    expect(drifted.map(([key]) => key)).toEqual([]);
  });

  it("prefers a version's own translation, and reports texts without one", () => {
    const instrument = instruments[0] as Instrument;
    const table = { "instrument.title": "Titre", [`${instrument.version}|instrument.title`]: "Titre propre" };
    const translated = translateInstrument(instrument, table);
    expect(translated.title).toEqual({ en: instrument.title.en, fr: "Titre propre" });
    expect(translated.description.fr).toBeUndefined();
    expect(missingTranslations(instrument, table)).toContain("instrument.description");
    expect(missingTranslations(instrument, table)).not.toContain("instrument.title");
  });

  it("keys items by id, options under their question, gates by indicator and stage, other arrays by position", () => {
    const keys = textSlots(instruments[0] as Instrument).map((s) => s.key);
    expect(keys).toContain("indicators:national-caveats.levels.2");
    expect(keys).toContain("profile:target-readiness.standard.label");
    expect(keys).toContain("gates:casualty-risk-policy>3.why");
    const doc = { id: "x", notes: [{ text: { en: "a" } }], stages: [{ stage: 2, name: { en: "b" } }] };
    expect(textSlots(doc as unknown as Instrument).map((s) => s.key)).toEqual([
      "instrument.notes.0.text",
      "stages:2.name",
    ]);
  });

  it("flattens nested texts into keys", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (title, levels) => {
        const flat = flatten({ "indicators:x": { title, levels, deep: { a: title } } });
        expect(flat["indicators:x.title"]).toBe(title);
        expect(flat["indicators:x.deep.a"]).toBe(title);
        levels.forEach((l, i) => {
          expect(flat[`indicators:x.levels.${i}`]).toBe(l);
        });
      }),
    );
  });
});
