import { describe, expect, it } from "vitest";
import { instruments } from "../../../functions/core/instrument/catalogue.ts";
import { unPeaceOpsReadiness2026_2 } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-2.ts";
import { contentHash } from "../../../functions/core/instrument/content-hash.ts";
import { publishedHashes } from "../../../functions/core/instrument/published-hashes.ts";
import { type Editable, freshInstrument } from "./helpers.ts";

const versions = [...instruments, unPeaceOpsReadiness2026_2].filter(
  (i, n, all) => all.findIndex((j) => j.version === i.version) === n,
);

describe("content hash of published versions", () => {
  it.each(versions.map((i) => [`${i.id}@${i.version}`, i] as const))(
    "%s still has the scoring content recorded when it was published",
    (key, instrument) => {
      expect(publishedHashes[key]).toBeDefined();
      expect(contentHash(instrument)).toBe(publishedHashes[key]);
    },
  );

  it.each<[string, (i: Editable) => void]>([
    [
      "a level text",
      (i) => {
        i.dimensions[0]!.indicators[0]!.levels[2] = { en: "Something else entirely." };
      },
    ],
    [
      "a weight",
      (i) => {
        i.dimensions[1]!.indicators[0]!.weight = 9;
      },
    ],
    [
      "a gate",
      (i) => {
        i.dimensions[0]!.gates[0]!.minLevel = 3;
      },
    ],
    [
      "a risk rule",
      (i) => {
        i.riskRules[0]!.severity = "MEDIUM";
      },
    ],
    [
      "a trigger",
      (i) => {
        i.recommendations[0]!.triggers.pop();
      },
    ],
  ])("changes when %s changes", (_, edit) => {
    const edited = freshInstrument();
    edit(edited);
    expect(contentHash(edited)).not.toBe(contentHash(freshInstrument()));
  });

  it.each<[string, (i: Editable) => void]>([
    [
      "a French text is added",
      (i) => {
        i.dimensions[0]!.indicators[0]!.levels[0].fr = "Aucun document.";
      },
    ],
    [
      "a title is reworded",
      (i) => {
        i.dimensions[0]!.indicators[0]!.title = { en: "Another title" };
      },
    ],
    [
      "guidance and sources are added",
      (i) => {
        const indicator = i.dimensions[0]!.indicators[0]!;
        indicator.guidance = { en: "What counts as evidence" };
        indicator.sources = [{ kind: "expert", ref: "judgement" }];
      },
    ],
    [
      "an indicator's fields are listed in another order",
      (i) => {
        const [first] = i.dimensions[0]!.indicators;
        const { levels, ...rest } = first!;
        i.dimensions[0]!.indicators[0] = { levels, ...rest };
      },
    ],
  ])("stays the same when %s", (_, edit) => {
    const edited = freshInstrument();
    edit(edited);
    expect(contentHash(edited)).toBe(contentHash(freshInstrument()));
  });
});
