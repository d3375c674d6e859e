import type { Recommendation } from "../../schema.ts";
import { keptRecommendation, recommendation } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Reforms that make risk decided, mandated and survivable: risk policy, medical assurance, caveats, conduct. */
export const riskRecommendations: Recommendation[] = [
  keptRecommendation("adopt-casualty-risk-policy", {
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    sources: [seed(4), seed(16)],
    rationale:
      "The article argues that re-engaging means accepting more risk; accepting it starts with an authority entitled to decide.",
  }),
  keptRecommendation("record-deployment-risk-decisions", {
    reformArea: "bureaucratic",
    ownerRole: "head-of-government-office",
    sources: [seed(16)],
    rationale:
      "The article stresses these operations are not low-risk; a recorded decision shows the risk was taken knowingly.",
  }),
  recommendation({
    id: "casevac-assurance",
    title: "Verify the casualty-evacuation chain against the UN CASEVAC policy",
    action:
      "Have the defence medical service assess each intended mission's evacuation chain against the 10-1-2 timelines as the UN CASEVAC policy (DOS/2020.7) applies them, arrange national or partner back-up for every gap, and report the result to the minister.",
    reformArea: "bureaucratic",
    ownerRole: "defence-medical",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "casualty-evacuation" }, { redFlag: "unit-casevac-gap" }],
    rationale:
      "The UN CASEVAC policy sets the timelines a mission works to; knowing where they cannot be met lets the government accept the remaining risk openly.",
    sources: [UN.casevac, seed(16)],
  }),
  recommendation({
    id: "review-national-caveats",
    title: "Declare caveats before deployment and drop those that keep personnel inside bases",
    action:
      "List every national restriction with a written justification, remove those forbidding patrols beyond bases, night movement or mandated tasks, and declare the rest to the UN before deployment.",
    reformArea: "bureaucratic",
    ownerRole: "defence-operations",
    effort: 2,
    horizon: "0-6",
    prerequisites: ["adopt-casualty-risk-policy"],
    triggers: [{ indicator: "national-caveats" }, { redFlag: "bunkered-contingent" }],
    rationale:
      "Undeclared or restrictive caveats fail UN force generation, and the article argues that bunkered missions cut peacekeepers off from the local dialogue peace depends on.",
    sources: [UN.aav, seed(9)],
  }),
  recommendation({
    id: "presence-targets",
    title: "Write presence expectations into the deployment directive",
    action:
      "Set expectations for patrols, temporary operating bases and community meetings in the national directive, with a monthly reporting format to the capital, before the next deployment.",
    reformArea: "bureaucratic",
    ownerRole: "defence-operations",
    effort: 1,
    horizon: "6-18",
    prerequisites: ["review-national-caveats"],
    triggers: [{ indicator: "presence-beyond-bases" }, { redFlag: "bunkered-contingent" }],
    rationale:
      "The article asks returning middle powers for physical presence on the ground, not contributions on paper.",
    sources: [seed(9)],
    normative: true,
  }),
  recommendation({
    id: "national-investigation-officers",
    title: "Designate and train national investigation officers",
    action:
      "Designate trained national investigation officers for every contingent, write a procedure that meets the investigation time limits of the memorandum of understanding, and exercise it before the next deployment.",
    reformArea: "bureaucratic",
    ownerRole: "defence-personnel",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "conduct-discipline" }, { redFlag: "misconduct-unaccounted" }],
    rationale:
      "Contributors answer for investigating their personnel's misconduct; investigators named and trained in advance make that answer credible.",
    sources: [UN.mou, UN.a4p],
  }),
  recommendation({
    id: "human-rights-screening",
    title: "Vet every deploying person and certify it",
    action:
      "Vet every person proposed for UN service, including human rights screening, record the result person by person, and certify it to the UN as it requires.",
    reformArea: "bureaucratic",
    ownerRole: "defence-personnel",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "conduct-discipline", atMost: 1 }, { redFlag: "misconduct-unaccounted" }],
    rationale: "The UN's zero-tolerance standard on sexual exploitation and abuse starts with who is sent.",
    sources: [UN.sea, expert("human rights screening certification (review 2026-11, §4)")],
  }),
  keptRecommendation("local-ownership-statement", {
    reformArea: "bureaucratic",
    ownerRole: "foreign-ministry",
    sources: [seed(4)],
    normative: true,
    rationale:
      "The article argues that local legitimacy may cost outsiders control, and that the price is worth paying.",
  }),
  keptRecommendation("publish-local-partner-evaluation", {
    reformArea: "public-information",
    ownerRole: "development-function",
    sources: [seed(8), seed(15)],
    normative: true,
    rationale: "The article values small, locally defined changes; a published evaluation makes them visible.",
  }),
];
