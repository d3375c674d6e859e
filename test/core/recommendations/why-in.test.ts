import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instruments } from "../../../functions/core/instrument/catalogue.ts";
import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { translateInstrument } from "../../../functions/core/instrument/translations/index.ts";
import { redFlagText } from "../../../functions/core/recommendations/why.ts";
import { whyIn } from "../../../functions/core/recommendations/why-in.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";
import { answersArb, instrumentWithAnswersArb, profileArb } from "../support/arbitraries.ts";

const published = instruments[0] as Instrument;
const french = translateInstrument(published);

describe("why in a language", () => {
  it("rebuilds, in English, exactly the why the ranking wrote", () => {
    fc.assert(
      fc.property(instrumentWithAnswersArb, ([instrument, answers, profile]) => {
        for (const r of scoreAssessment(instrument, answers, profile).recommendations)
          expect(whyIn(r.reasons, instrument, "en")).toBe(r.why);
      }),
      { numRuns: 60 },
    );
  });

  it("writes the published instrument's why in French with its French texts", () => {
    fc.assert(
      fc.property(answersArb(published), profileArb, (answers, profile) => {
        for (const r of scoreAssessment(published, answers, profile).recommendations) {
          expect(whyIn(r.reasons, published, "en")).toBe(r.why);
          const fr = whyIn(r.reasons, french, "fr");
          expect(fr).not.toMatch(/is at level|your target|red flag|ambition profile says/);
          if (r.reasons[0]?.kind === "indicator") expect(fr).toMatch(/^« .+ » est au niveau \d, votre cible est \d/);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("names each kind of reason in French, ids standing in for unknown texts", () => {
    const why = whyIn(
      [
        { kind: "indicator", indicatorId: "national-caveats", level: 1, target: 3 },
        { kind: "redFlag", ruleId: "lessons-lost", severity: "MEDIUM" },
        { kind: "profile", questionId: "target-readiness", optionId: "high" },
        { kind: "indicator", indicatorId: "gone", level: 0, target: 2 },
        { kind: "redFlag", ruleId: "gone-rule", severity: "HIGH" },
        { kind: "profile", questionId: "gone", optionId: "gone-option" },
      ],
      french,
      "fr",
    );
    expect(why).toBe(
      [
        "« Restrictions nationales (caveats) imposées au personnel déployé » est au niveau 1, votre cible est 3",
        `signal d’alerte moyen : ${french.riskRules.find((r) => r.id === "lessons-lost")?.message.fr}`,
        "votre profil d’ambition indique « Élevé : déploiement rapide et rôles de premier plan dans les missions »",
        "« gone » est au niveau 0, votre cible est 2",
        "signal d’alerte élevé : gone-rule",
        "votre profil d’ambition indique « gone-option »",
      ].join("; "),
    );
    expect(redFlagText("LOW", "m", "fr")).toBe("signal d’alerte LOW : m");
  });
});
