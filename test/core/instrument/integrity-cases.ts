import type { Instrument } from "../../../functions/core/instrument/schema.ts";
import { type DeepMutable, dimensionOf, questionOf, recommendationOf, ruleOf } from "./helpers.ts";

/** A way to break the v1 content and the problem integrity must then report. */
export interface BreakCase {
  name: string;
  mutate: (i: DeepMutable<Instrument>) => void;
  problem: string;
}

export const duplicateIds: BreakCase[] = [
  {
    name: "duplicate dimension id",
    mutate: (i) => {
      dimensionOf(i, "training-readiness").id = "risk-tolerance";
    },
    problem: 'duplicate dimension id "risk-tolerance"',
  },
  {
    name: "duplicate indicator id across dimensions",
    mutate: (i) => {
      dimensionOf(i, "training-readiness").indicators[0]!.id = "casualty-risk-policy";
    },
    problem: 'duplicate indicator id "casualty-risk-policy"',
  },
  {
    name: "duplicate profile question id",
    mutate: (i) => {
      questionOf(i, "regions").id = "contribution-type";
    },
    problem: 'duplicate profile question id "contribution-type"',
  },
  {
    name: "duplicate option id within a question",
    mutate: (i) => {
      questionOf(i, "target-readiness").options[1]!.id = "initial";
    },
    problem: 'duplicate option in profile question "target-readiness" id "initial"',
  },
  {
    name: "duplicate risk rule id",
    mutate: (i) => {
      ruleOf(i, "lessons-lost").id = "funding-cliff";
    },
    problem: 'duplicate risk rule id "funding-cliff"',
  },
  {
    name: "duplicate recommendation id",
    mutate: (i) => {
      recommendationOf(i, "pki-training").id = "mediation-course";
    },
    problem: 'duplicate recommendation id "mediation-course"',
  },
];

export const danglingReferences: BreakCase[] = [
  {
    name: "gate on an unknown indicator",
    mutate: (i) => {
      dimensionOf(i, "risk-tolerance").gates[0]!.indicatorId = "no-such-indicator";
    },
    problem: 'gate of dimension "risk-tolerance" refers to unknown indicator "no-such-indicator"',
  },
  {
    name: "gate on another dimension's indicator",
    mutate: (i) => {
      dimensionOf(i, "risk-tolerance").gates[0]!.indicatorId = "pdt-certification";
    },
    problem:
      'gate of dimension "risk-tolerance" refers to indicator "pdt-certification" of dimension "training-readiness"',
  },
  {
    name: "raise of an unknown indicator",
    mutate: (i) => {
      questionOf(i, "working-languages").options[1]!.raises = [{ indicatorId: "klingon", level: 3 }];
    },
    problem: 'option "french" of profile question "working-languages" refers to unknown indicator "klingon"',
  },
  {
    name: "nested condition on an unknown indicator",
    mutate: (i) => {
      ruleOf(i, "bunkered-contingent").when = { any: [{ all: [{ indicator: "ghost", atMost: 1 }] }] };
    },
    problem: 'risk rule "bunkered-contingent" refers to unknown indicator "ghost"',
  },
  {
    name: "condition on an unknown profile question",
    mutate: (i) => {
      ruleOf(i, "funding-cliff").when = { profile: "ghost-question", includes: "x" };
    },
    problem: 'risk rule "funding-cliff" refers to unknown profile question "ghost-question"',
  },
  {
    name: "condition on an unknown profile option",
    mutate: (i) => {
      ruleOf(i, "funding-cliff").when = { profile: "regions", includes: "antarctica" };
    },
    problem: 'risk rule "funding-cliff" refers to unknown option "antarctica" of profile question "regions"',
  },
  {
    name: "trigger on an unknown indicator",
    mutate: (i) => {
      recommendationOf(i, "pki-training").triggers.push({ indicator: "ghost" });
    },
    problem: 'recommendation "pki-training" refers to unknown indicator "ghost"',
  },
  {
    name: "trigger on an unknown red flag",
    mutate: (i) => {
      recommendationOf(i, "pki-training").triggers.push({ redFlag: "ghost-rule" });
    },
    problem: 'recommendation "pki-training" refers to unknown risk rule "ghost-rule"',
  },
  {
    name: "trigger on an unknown profile option",
    mutate: (i) => {
      recommendationOf(i, "pki-training").triggers.push({ profile: "mission-tasks", includes: "piracy" });
    },
    problem: 'recommendation "pki-training" refers to unknown option "piracy" of profile question "mission-tasks"',
  },
  {
    name: "unknown prerequisite",
    mutate: (i) => {
      recommendationOf(i, "pki-training").prerequisites.push("ghost-recommendation");
    },
    problem: 'recommendation "pki-training" has unknown prerequisite "ghost-recommendation"',
  },
];

export const structuralRules: BreakCase[] = [
  {
    name: "prerequisite cycle",
    mutate: (i) => {
      recommendationOf(i, "adopt-casualty-risk-policy").prerequisites.push("cross-party-mandate");
    },
    problem: "prerequisite cycle: adopt-casualty-risk-policy -> cross-party-mandate -> adopt-casualty-risk-policy",
  },
  {
    name: "recommendation that requires itself",
    mutate: (i) => {
      recommendationOf(i, "pki-training").prerequisites.push("pki-training");
    },
    problem: "prerequisite cycle: pki-training -> pki-training",
  },
  {
    name: "indicator no recommendation triggers",
    mutate: (i) => {
      const d = dimensionOf(i, "training-readiness");
      d.indicators.push({ ...structuredClone(d.indicators[0]!), id: "orphan-indicator" });
    },
    problem: 'indicator "orphan-indicator" is not triggered by any recommendation',
  },
  {
    name: "non-positive indicator weight",
    mutate: (i) => {
      dimensionOf(i, "adaptive-capacity").indicators[0]!.weight = 0;
    },
    problem: 'indicator "interministerial-coordination" has a non-positive weight (0)',
  },
  {
    name: "non-positive dimension weight",
    mutate: (i) => {
      dimensionOf(i, "adaptive-capacity").weight = -1;
    },
    problem: 'dimension "adaptive-capacity" has a non-positive weight (-1)',
  },
  {
    name: "level text used twice",
    mutate: (i) => {
      const indicator = dimensionOf(i, "adaptive-capacity").indicators[0]!;
      indicator.levels[1] = { en: indicator.levels[0].en };
    },
    problem:
      'indicator "interministerial-coordination" level 1 repeats the text of indicator "interministerial-coordination" level 0',
  },
  {
    name: "provenance recorded on some items only",
    mutate: (i) => {
      dimensionOf(i, "adaptive-capacity").indicators[0]!.sources = [{ kind: "expert", ref: "judgement" }];
    },
    problem: 'recommendation "cptm-alignment" has no sources',
  },
  {
    name: "carry rule without a replaced indicator",
    mutate: (i) => {
      dimensionOf(i, "adaptive-capacity").indicators[0]!.carryRule = "re-answer";
    },
    problem: 'indicator "interministerial-coordination" has a carry rule but replaces nothing',
  },
  {
    name: "several replaced indicators kept at the same level",
    mutate: (i) => {
      dimensionOf(i, "adaptive-capacity").indicators[0]!.replaces = ["a", "b"];
    },
    problem: 'indicator "interministerial-coordination" replaces 2 indicators but keeps "same-level"',
  },
  {
    name: "cap of an unknown indicator",
    mutate: (i) => {
      questionOf(i, "regions").options[0]!.caps = [{ indicatorId: "no-such-indicator", level: 2 }];
    },
    problem: 'option "west-central-africa" of profile question "regions" caps unknown indicator "no-such-indicator"',
  },
  {
    name: "two questions setting baselines",
    mutate: (i) => {
      questionOf(i, "deployment-timeline").options[0]!.baseline = 3;
    },
    problem: "only one profile question may set baselines, found: target-readiness, deployment-timeline",
  },
  {
    name: "multi-choice baseline question",
    mutate: (i) => {
      questionOf(i, "target-readiness").kind = "multi";
    },
    problem: 'profile question "target-readiness" sets baselines but is not single-choice',
  },
];
