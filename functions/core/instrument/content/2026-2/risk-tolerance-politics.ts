import type { Indicator } from "../../schema.ts";
import { indicator, keptIndicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Risk tolerance: who decides on risk, how the decision is mandated, and how the public is kept informed. */
export const riskPoliticsIndicators: Indicator[] = [
  keptIndicator("casualty-risk-policy", {
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Evidence: the signed policy and, for level 3, the deployment submissions with their risk assessments. 'Deciding authority' is whoever the constitution or cabinet rules make answerable for accepting risk to personnel.",
    sources: [seed(4), seed(16), expert("a named political owner of casualty risk (review 2026-11, H2)")],
  }),
  indicator({
    id: "political-mandate",
    title: "Political mandate for contributions",
    question:
      "How is the decision to contribute to UN peace operations taken, and how broad and durable is the support behind it?",
    weight: 3,
    levels: [
      "No decision to contribute to UN peace operations has been taken in the last five years by the authority the constitution makes competent.",
      "The competent authority (cabinet, head of state or parliament, as the constitution provides) decided a contribution, but only case by case, with no consultation beyond the governing party or parties.",
      "The competent authority took a documented decision in the last three years, and the main political groups outside government were consulted or briefed before it, with the consultation on record.",
      "As level 2, and a standing framework adopted by the competent authority pre-authorizes an envelope of contributions over several years and states how the country responds if personnel are killed.",
    ],
    reformArea: "public-information",
    institution: "parliament",
    guidance:
      "The item is neutral about the form of government: an executive decision in a system where the executive decides scores as high as a parliamentary vote where parliament decides. Consultation may be a committee briefing, a vote, or a documented meeting with opposition leaders. Evidence: the decision, the record of consultation, the framework text.",
    sources: [
      seed(15),
      expert("constitution-neutral wording replacing the 2026.1 parliamentary vote anchors (review 2026-11, H2)"),
    ],
    replaces: ["parliamentary-mandate"],
    carryRule: "re-answer",
  }),
  keptIndicator("public-narrative", {
    reformArea: "public-information",
    institution: "foreign-affairs",
    guidance:
      "Evidence: ministerial speeches, the communication plan and the yearly report. Level 2 lists several facts; all must hold. 'Shared responsibility' means arguing from the links between the country and the places it helps, not from threat or from spreading its own values.",
    sources: [seed(14), seed(15)],
    normative: true,
  }),
  keptIndicator("elite-image", {
    reformArea: "public-information",
    institution: "defence",
    guidance:
      "Evidence: recruitment material, promotion and selection criteria, and the personnel branch's record of applications against posts for the latest selection round.",
    sources: [seed(16)],
  }),
  keptIndicator("public-support-measurement", {
    reformArea: "public-information",
    institution: "foreign-affairs",
    guidance:
      "Any survey by or for the government, or an independent one the government uses, counts. Where published polling is not practised, a documented consultation with a representative sample may stand in for a survey wave.",
    sources: [seed(15)],
  }),
  indicator({
    id: "incident-communication",
    title: "Communication on casualties and misconduct",
    question:
      "Is the country ready to tell the UN, families and the public about a casualty or an allegation of misconduct involving its personnel?",
    weight: 2,
    levels: [
      "No procedure exists for announcing a casualty or an allegation of misconduct involving deployed personnel.",
      "A general crisis communication plan exists, but it does not cover deployed personnel, families or the UN.",
      "A written deployment incident protocol names the spokesperson, sets a deadline for the first statement and covers family liaison, and it was exercised in the last two years.",
      "As level 2, and a notification chain with the permanent mission and the UN is agreed in writing, and a response is prepared for the UN's public reporting of allegations of sexual exploitation and abuse that names contributing countries.",
    ],
    reformArea: "public-information",
    institution: "defence",
    guidance:
      "Levels are cumulative and each lists facts that must all hold; if one is missing, answer the level below. Evidence: the protocol, the exercise report, the agreed notification chain.",
    sources: [
      seed(16),
      UN.sea,
      expert("observable alternative to joint exercises with mission public information offices (review 2026-11, H1)"),
    ],
  }),
];
