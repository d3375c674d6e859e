import type { RiskRule } from "../../schema.ts";
import { riskRules as build } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

const unitsPlanned = {
  any: [
    { profile: "contribution-type", includes: "formed-military-units" },
    { profile: "contribution-type", includes: "enablers" },
    { profile: "unit-contribution", includes: "units-planned" },
  ],
};

/** Combinations of answers that warrant a red flag whatever the dimension averages say. */
export const riskRules: RiskRule[] = build([
  {
    id: "unowned-casualty-risk",
    severity: "HIGH",
    when: {
      all: [
        { indicator: "casualty-risk-policy", atMost: 1 },
        { indicator: "political-mandate", atMost: 1 },
      ],
    },
    message:
      "No one with political authority has accepted the risk to personnel, and no documented decision backs contributions: the first fatality could force a sudden withdrawal.",
    sources: [seed(16), expert("constitution-neutral mandate (review 2026-11, H2)")],
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
      "National restrictions and no expectation of work outside bases point to a contingent that would stay behind its walls, unable to build the local trust its mandate depends on.",
    sources: [seed(9)],
  },
  {
    id: "misconduct-unaccounted",
    severity: "HIGH",
    when: {
      any: [
        { indicator: "conduct-discipline", atMost: 1 },
        { indicator: "conduct-discipline", unknown: true },
      ],
    },
    message:
      "Personnel would deploy without recorded vetting or designated investigators: a single allegation of sexual exploitation or abuse could end the re-engagement and harm the people the mission serves.",
    sources: [UN.sea, UN.mou, UN.a4p],
  },
  {
    id: "unit-casevac-gap",
    severity: "HIGH",
    when: { all: [unitsPlanned, { indicator: "casualty-evacuation", atMost: 1 }] },
    message:
      "Units are planned but no one has assessed how their wounded would be evacuated: a single serious incident could become a national crisis.",
    sources: [UN.casevac],
  },
  {
    id: "unit-without-coe",
    severity: "HIGH",
    when: { all: [unitsPlanned, { indicator: "coe-self-sustainment", atMost: 1 }] },
    message:
      "Units are planned but their equipment and self-sustainment have not been checked against UN rules: a UN visit would find gaps, and reimbursement would suffer.",
    sources: [UN.coe, UN.aav],
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
    sources: [UN.pdt, UN.cptm],
  },
  {
    id: "rapid-ambition-unready",
    severity: "HIGH",
    when: {
      all: [
        {
          any: [
            { profile: "pcrs-ambition", includes: "rapid-deployment" },
            { profile: "deployment-timeline", includes: "within-12-months" },
          ],
        },
        {
          any: [
            { indicator: "force-generation-channels", atMost: 0 },
            { indicator: "national-decision-speed", atMost: 1 },
            { indicator: "political-mandate", atMost: 0 },
          ],
        },
      ],
    },
    message:
      "The country aims to deploy soon or rapidly, but it has made no offer through a UN channel or cannot take its own decisions quickly: the clock starts with the national decision, and it cannot be met.",
    sources: [UN.rdl, expert("the national decision is part of the deployment clock (review 2026-11, H1)")],
  },
  {
    id: "offers-off-target",
    severity: "MEDIUM",
    when: {
      all: [
        { indicator: "capability-demand-fit", atMost: 1 },
        { indicator: "pledge-delivery", atMost: 1 },
      ],
    },
    message:
      "Offers are neither matched to what missions ask for nor tracked to delivery: in a shrinking market they are likely to go unused, and undelivered pledges cost credibility.",
    sources: [UN.requirements, UN.liquidity, seed(17)],
  },
  {
    id: "arrears-signal",
    severity: "MEDIUM",
    when: { indicator: "assessed-contributions", atMost: 1 },
    message:
      "Peacekeeping assessments are paid late or in part: during the current liquidity crisis this undercuts any offer of renewed commitment.",
    sources: [UN.liquidity],
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
            { profile: "working-languages", includes: "spanish" },
            { profile: "working-languages", includes: "portuguese" },
          ],
        },
        { indicator: "language-capability", atMost: 1 },
      ],
    },
    message:
      "The intended missions work in a language few personnel speak: staff will depend on others to understand the mission and the people it serves.",
    sources: [seed(13)],
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
      "What personnel learn does not reach doctrine, training or policy: each rotation will start from scratch and repeat the last one's mistakes.",
    sources: [seed(8)],
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
    sources: [seed(7)],
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
      "The government neither knows how far the public supports contributions nor has a plan for explaining an incident: support may collapse without warning.",
    sources: [seed(15), seed(16)],
  },
  {
    id: "funding-cliff",
    severity: "MEDIUM",
    when: { indicator: "funding-stability", atMost: 0 },
    message:
      "Contributions are paid from in-year reallocations: a budget squeeze or a late UN reimbursement could end a rotation early.",
    sources: [seed(15), UN.liquidity],
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
    sources: [expert("unknown answers on decision authority are a finding in themselves")],
  },
]);
