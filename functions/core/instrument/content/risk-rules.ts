import type { RiskRule } from "../schema.ts";
import { riskRules as build } from "./builders.ts";

/** Combinations of answers that warrant a red flag whatever the dimension averages say. */
export const riskRules: RiskRule[] = build([
  {
    id: "unowned-casualty-risk",
    severity: "HIGH",
    when: {
      all: [
        { indicator: "casualty-risk-policy", atMost: 1 },
        { indicator: "parliamentary-mandate", atMost: 1 },
      ],
    },
    message:
      "Nobody with political authority has accepted the risk to personnel and parliament has not endorsed deployments: the first fatality could force a sudden withdrawal.",
  },
  {
    id: "bunkered-contingent",
    severity: "HIGH",
    when: {
      any: [
        { indicator: "national-caveats", atMost: 0 },
        {
          all: [
            { indicator: "national-caveats", atMost: 1 },
            { indicator: "presence-beyond-bases", atMost: 1 },
          ],
        },
      ],
    },
    message:
      "National restrictions and little activity outside bases point to a contingent that stays behind its walls, unable to build the local trust its mandate depends on.",
  },
  {
    id: "formed-unit-casevac-gap",
    severity: "HIGH",
    when: {
      all: [
        { profile: "contribution-type", includes: "formed-military-units" },
        { indicator: "casualty-evacuation", atMost: 1 },
      ],
    },
    message:
      "Formed units are planned but nobody has checked how their wounded would be evacuated: a single serious incident could become a national crisis.",
  },
  {
    id: "untrained-for-poc",
    severity: "HIGH",
    when: {
      any: [
        { indicator: "pdt-certification", atMost: 0 },
        {
          all: [
            { profile: "mission-tasks", includes: "protection-of-civilians" },
            { indicator: "poc-crsv-gender", atMost: 1 },
          ],
        },
      ],
    },
    message:
      "Personnel would deploy without UN-standard training, or to protect civilians with lecture-only preparation: harm to civilians and to the country's standing is likely.",
  },
  {
    id: "rapid-ambition-unpledged",
    severity: "HIGH",
    when: {
      all: [
        {
          any: [
            { profile: "pcrs-ambition", includes: "rapid-deployment" },
            { profile: "deployment-timeline", includes: "within-12-months" },
          ],
        },
        { indicator: "un-force-generation", atMost: 0 },
      ],
    },
    message:
      "The country aims to deploy soon or rapidly but has no pledge or contact with UN force generation: the ambition cannot be met on that timeline.",
  },
  {
    id: "language-mismatch",
    severity: "MEDIUM",
    when: {
      all: [
        {
          any: [
            { profile: "working-languages", includes: "french" },
            { profile: "working-languages", includes: "arabic" },
          ],
        },
        { indicator: "language-capability", atMost: 1 },
      ],
    },
    message:
      "The intended missions work in French or Arabic but few personnel speak it: staff will depend on others to understand the mission and the people it serves.",
  },
  {
    id: "lessons-lost",
    severity: "MEDIUM",
    when: {
      all: [
        { indicator: "lessons-learned-system", atMost: 1 },
        { indicator: "after-action-doctrine", atMost: 1 },
      ],
    },
    message:
      "What deployed personnel learn does not reach doctrine, training or policy: each rotation will start from scratch and repeat the last one's mistakes.",
  },
  {
    id: "stovepiped-government",
    severity: "MEDIUM",
    when: {
      all: [
        { indicator: "interministerial-coordination", atMost: 1 },
        {
          any: [
            { indicator: "joint-planning", atMost: 0 },
            { indicator: "pooled-funding", atMost: 0 },
          ],
        },
      ],
    },
    message:
      "Ministries plan and fund their parts separately with no standing body joining them: the contribution will be shaped by rivalries rather than the mission's needs.",
  },
  {
    id: "fragile-public-support",
    severity: "MEDIUM",
    when: {
      all: [
        { indicator: "public-support-measurement", atMost: 0 },
        { indicator: "incident-communication", atMost: 1 },
      ],
    },
    message:
      "The government neither knows how much the public supports deployments nor has a plan for explaining an incident: support may collapse without warning.",
  },
  {
    id: "funding-cliff",
    severity: "MEDIUM",
    when: { indicator: "funding-stability", atMost: 0 },
    message:
      "Deployments are paid from in-year reallocations: a budget squeeze could end a rotation early and damage the country's reliability with the UN.",
  },
  {
    id: "risk-authority-unknown",
    severity: "MEDIUM",
    when: {
      any: [
        { indicator: "casualty-risk-policy", unknown: true },
        { indicator: "national-caveats", unknown: true },
      ],
    },
    message:
      "The officials answering do not know who accepts casualty risk or which restrictions apply: that uncertainty is itself a risk to a deployment decision.",
  },
]);
