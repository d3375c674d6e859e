import type { Indicator } from "../../schema.ts";
import { indicator, keptIndicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Risk tolerance in the field: medical assurance, caveats, presence, local ownership, conduct. */
export const riskFieldIndicators: Indicator[] = [
  indicator({
    id: "casualty-evacuation",
    title: "Casualty evacuation and medical assurance",
    question: "Has the country checked how its wounded personnel would be treated and evacuated in the mission area?",
    weight: 2,
    levels: [
      "The defence medical service has not reviewed medical support or casualty evacuation in any intended mission area.",
      "A review of the mission's medical and evacuation arrangements has started or was done informally, with no written result.",
      "A written assessment of the mission's evacuation chain against the UN 10-1-2 timelines exists, and national back-up arrangements are in place for every gap it found.",
      "As level 2, and the evacuation chain was rehearsed with a mission or a partner in the last two years, with the result reported to the minister.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "10-1-2 refers to the UN's timelines for first aid, damage-control care and surgery after an injury, as the UN CASEVAC policy applies them in a mission. Evidence: the written assessment and the back-up arrangements (contracts, partner agreements).",
    sources: [UN.casevac, seed(16)],
  }),
  indicator({
    id: "national-caveats",
    title: "National caveats on deployed personnel",
    question:
      "Which national restrictions would limit what deployed personnel may do, and are they declared to the UN?",
    weight: 3,
    levels: [
      "No written list of the national restrictions that would apply to deployed personnel exists.",
      "A written list exists, but it is not declared to the UN before deployment, or a restriction lacks a written justification, or one forbids patrols beyond bases, night movement or a mandated task.",
      "All of: every restriction is declared to the UN before deployment; each has a written justification; none forbids patrols beyond bases, night movement or a mandated task.",
      "As level 2, and in the most recent deployment the contingent worked under no restriction beyond its memorandum of understanding, as documented by the mission or force headquarters.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Level 3 needs a deployment; a country that has not deployed in the last five years can reach level 2 with the declaration prepared. Evidence: the declared list, the justifications, and for level 3 a mission document.",
    sources: [seed(9), UN.a4p, expert("UN minimum: caveats declared before deployment (review 2026-11, H6)")],
    deploymentDependent: true,
  }),
  indicator({
    id: "presence-beyond-bases",
    title: "Presence beyond bases rather than bunkerization",
    question: "Are the country's personnel prepared and expected to work outside protected compounds?",
    weight: 2,
    levels: [
      "No national concept or order addresses how much personnel would work outside protected compounds.",
      "National orders allow work outside compounds, but set no expectation and no reporting of it.",
      "The national concept of operations or deployment directive sets presence expectations (patrols, temporary operating bases, community meetings) and a monthly reporting format to the capital.",
      "As level 2, and in the most recent deployment monthly reports showed the presence expectations met in most months.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Levels 0–2 are arrangements that a country not currently deployed can have in place; level 3 is shown in a deployment. Evidence: the directive and the reports.",
    sources: [seed(9), expert("prepared vs demonstrated split (review 2026-11, C2)")],
    deploymentDependent: true,
    normative: true,
  }),
  keptIndicator("local-ownership-acceptance", {
    reformArea: "bureaucratic",
    institution: "foreign-affairs",
    guidance:
      "Evidence: the strategy or white paper and the published evaluation. A policy sentence alone is level 1; level 2 needs the published acceptance of outcomes the country does not control.",
    sources: [seed(4), seed(8)],
    normative: true,
  }),
  indicator({
    id: "conduct-discipline",
    title: "Conduct, discipline and accountability for sexual exploitation and abuse",
    question:
      "Can the country prevent, investigate and account for misconduct by its personnel, including sexual exploitation and abuse?",
    weight: 3,
    levels: [
      "No national arrangement covers the vetting of deploying personnel or the investigation of their misconduct on UN service.",
      "Personnel are briefed on UN standards of conduct, but vetting is not recorded person by person, or no one is designated to investigate allegations.",
      "All of: every deploying person is vetted, including human rights screening, with the result recorded; trained national investigation officers are designated; a written procedure meets the investigation time limits of the memorandum of understanding.",
      "As level 2, and the procedure was exercised or used in the last three years, and every allegation in that period was investigated and reported to the UN within the time limits, with the outcome on record.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Applies to military, police and any other personnel the country sends. A country with no allegation in the period meets level 3 through an exercise of the procedure. Evidence: vetting records, the designation of investigation officers, the procedure.",
    sources: [UN.sea, UN.mou, UN.a4p, expert("largest gap from a UN point of view (review 2026-11, H5)")],
  }),
  indicator({
    id: "funding-stability",
    title: "Stability of funding for contributions",
    question: "How secure is the money for a contribution over its whole planned length?",
    weight: 2,
    levels: [
      "Contribution costs are met by reallocations within the year; no budget line or rule covers them.",
      "A dedicated budget line exists, but it has been cut within the year, or it does not cover a complete rotation.",
      "Funding for complete rotations over the planned length of a contribution is secured, by a multi-year envelope or by a standing rule in the annual budget.",
      "As level 2, and a protected reserve or cash-flow plan covers extensions and the delays in UN reimbursement of personnel and equipment costs.",
    ],
    reformArea: "bureaucratic",
    institution: "finance",
    guidance:
      "Annual-budget systems reach level 2 through a standing rule that each annual budget funds running rotations. UN reimbursement has been delayed by the 2025 liquidity crisis, so level 3 asks for a plan for late payment.",
    sources: [
      seed(15),
      UN.liquidity,
      expert("neutral between multi-year and annual budget systems (review 2026-11, H2)"),
    ],
  }),
];
