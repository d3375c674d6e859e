import fc from "fast-check";
import type { Answer, Answers, Profile } from "../../../functions/core/assessment.ts";
import type { Condition, Instrument, Level, RiskRule, Trigger } from "../../../functions/core/instrument/schema.ts";
import { dimension, indicator, instrument, readinessQuestion, recommendation } from "./instrument-builder.ts";

const levelArb = fc.constantFrom<Level>(0, 1, 2, 3);
const weightArb = fc.constantFrom(0.5, 1, 1.5, 2, 3);

export const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 6, arbitrary: levelArb.map((level) => ({ level })) },
  { weight: 1, arbitrary: fc.constant<Answer>({ level: "na", reason: "not our role" }) },
  { weight: 1, arbitrary: fc.constant<Answer>({ level: "unknown" }) },
);

function conditionArb(ids: string[]): fc.Arbitrary<Condition> {
  const leaf = fc.oneof(
    fc.record({ indicator: fc.constantFrom(...ids), atMost: levelArb }),
    fc.record({ indicator: fc.constantFrom(...ids), unknown: fc.constant(true as const) }),
    fc.record({ profile: fc.constant("target-readiness"), includes: fc.constantFrom("initial", "standard", "rapid") }),
  );
  return fc.oneof(
    leaf,
    fc.record({ all: fc.array(leaf, { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(leaf, { minLength: 1, maxLength: 3 }) }),
  );
}

function triggerArb(ids: string[], ruleIds: string[]): fc.Arbitrary<Trigger> {
  const options: fc.Arbitrary<Trigger>[] = [
    fc.record({ indicator: fc.constantFrom(...ids) }),
    fc.record({ indicator: fc.constantFrom(...ids), atMost: levelArb }),
    fc.record({ profile: fc.constant("target-readiness"), includes: fc.constantFrom("initial", "rapid") }),
  ];
  if (ruleIds.length > 0) options.push(fc.record({ redFlag: fc.constantFrom(...ruleIds) }));
  return fc.oneof(...options);
}

/** Random valid instruments: 1–3 dimensions of 1–6 indicators, gates, risk rules and an acyclic catalogue. */
export const instrumentArb: fc.Arbitrary<Instrument> = fc
  .array(fc.array(weightArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
  .chain((shape) => {
    const dims = shape.map((weights, d) => weights.map((w, i) => indicator(`d${d}-i${i}`, w)));
    const ids = dims.flat().map((i) => i.id);
    const gatesArb = dims.map((inds) =>
      fc.array(
        fc.record({
          indicatorId: fc.constantFrom(...inds.map((i) => i.id)),
          minLevel: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
          forStage: fc.constantFrom<2 | 3 | 4 | 5>(2, 3, 4, 5),
        }),
        { maxLength: 2 },
      ),
    );
    const rulesArb = fc.array(fc.tuple(fc.constantFrom<"HIGH" | "MEDIUM">("HIGH", "MEDIUM"), conditionArb(ids)), {
      maxLength: 4,
    });
    return fc.tuple(fc.tuple(...gatesArb), rulesArb).chain(([gates, rules]) => {
      const riskRules: RiskRule[] = rules.map(([severity, when], i) => ({
        id: `rule-${i}`,
        severity,
        when,
        message: { en: `Risk ${i}` },
      }));
      const recsArb = fc.array(
        fc.record({
          triggers: fc.array(
            triggerArb(
              ids,
              riskRules.map((r) => r.id),
            ),
            { minLength: 1, maxLength: 3 },
          ),
          effort: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
          horizon: fc.constantFrom("0-6" as const, "6-18" as const, "18-36" as const),
          prereqSeeds: fc.array(fc.nat(), { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 12 },
      );
      return recsArb.map((recs) =>
        instrument({
          dimensions: dims.map((inds, d) => dimension(`d${d}`, inds, gates[d])),
          profile: [readinessQuestion],
          riskRules,
          recommendations: recs.map((r, i) =>
            recommendation(`rec-${i}`, {
              triggers: r.triggers,
              effort: r.effort,
              horizon: r.horizon,
              // Only earlier recommendations may be prerequisites, so the graph stays acyclic.
              prerequisites: i === 0 ? [] : [...new Set(r.prereqSeeds.map((s) => `rec-${s % i}`))],
            }),
          ),
        }),
      );
    });
  });

export function allIndicatorIds(inst: Instrument): string[] {
  return inst.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
}

/** Answers for some (possibly all) indicators of `inst`. */
export function answersArb(inst: Instrument, complete = false): fc.Arbitrary<Answers> {
  const ids = allIndicatorIds(inst);
  const entries = ids.map(() => (complete ? answerArb : fc.option(answerArb, { nil: undefined })));
  return fc.tuple(...entries).map((answers) => {
    const out: Record<string, Answer> = {};
    answers.forEach((a, i) => {
      if (a !== undefined) out[ids[i] as string] = a;
    });
    return out;
  });
}

export const profileArb: fc.Arbitrary<Profile> = fc.oneof(
  fc.constant({}),
  fc.constantFrom("initial", "standard", "rapid").map((o) => ({ "target-readiness": [o] })),
);

export const instrumentWithAnswersArb = instrumentArb.chain((inst) =>
  fc.tuple(fc.constant(inst), answersArb(inst), profileArb),
);
