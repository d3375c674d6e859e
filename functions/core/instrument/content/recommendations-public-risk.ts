import type { Recommendation } from "../schema.ts";
import { recommendationsIn } from "./builders.ts";

/** Public-information reforms that make risk acceptable: who decides it, how it is mandated, how presence is sustained. */
export const publicRiskRecommendations: Recommendation[] = recommendationsIn("public-information")([
  {
    id: "adopt-casualty-risk-policy",
    title: "Adopt a signed casualty-risk acceptance policy",
    action:
      "Draft a policy stating what risk to personnel the government accepts on UN deployments and naming the minister as the deciding authority. Have the minister approve it and set a review every three years.",
    owner: "Ministry of Defence — policy branch",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [
      { indicator: "casualty-risk-policy" },
      { redFlag: "unowned-casualty-risk" },
      { redFlag: "risk-authority-unknown" },
    ],
    rationale:
      "The CIPS article holds that re-engaging means accepting more risk, and accepting risk starts with someone entitled to decide it.",
  },
  {
    id: "record-deployment-risk-decisions",
    title: "Record a risk decision for every deployment",
    action:
      "Attach a written risk assessment to each deployment submission and have the minister or cabinet record the decision to accept it.",
    owner: "Cabinet office",
    effort: 1,
    horizon: "6-18",
    prerequisites: ["adopt-casualty-risk-policy"],
    triggers: [{ indicator: "casualty-risk-policy", atMost: 2 }],
    rationale:
      "The article stresses these operations are not low-risk; a recorded decision shows the risk was taken knowingly.",
  },
  {
    id: "casevac-assurance",
    title: "Verify the casualty-evacuation chain and report on it",
    action:
      "Have the defence medical service assess the mission's evacuation chain against the UN 10-1-2 timelines, cover gaps with national or partner assets, and brief parliament and families on the result.",
    owner: "Ministry of Defence — medical services",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "casualty-evacuation" }, { redFlag: "formed-unit-casevac-gap" }],
    rationale:
      "The article links public support to the risks a deployment carries; visible medical assurance makes accepting them defensible.",
  },
  {
    id: "review-national-caveats",
    title: "Remove caveats that keep personnel inside bases",
    action:
      "List every national restriction on deployed personnel with a written justification, drop those forbidding patrols beyond bases or night movement, and declare the rest to the UN before deployment.",
    owner: "Joint operations command, with the Ministry of Defence policy branch",
    effort: 2,
    horizon: "0-6",
    prerequisites: ["adopt-casualty-risk-policy"],
    triggers: [{ indicator: "national-caveats" }, { redFlag: "bunkered-contingent" }],
    rationale:
      "The CIPS article argues that bunkered, securitized missions cut peacekeepers off from the local dialogue peace depends on.",
  },
  {
    id: "presence-targets",
    title: "Set and report presence targets beyond bases",
    action:
      "Write targets for patrols, temporary operating bases and community meetings into the concept of operations and report the monthly figures to the capital.",
    owner: "Joint operations command",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["review-national-caveats"],
    triggers: [{ indicator: "presence-beyond-bases" }, { redFlag: "bunkered-contingent" }],
    rationale:
      "The article asks returning middle powers for physical presence on the ground, not contributions on paper.",
  },
  {
    id: "local-ownership-statement",
    title: "State publicly that local partners set priorities",
    action:
      "Include in the next foreign or defence policy statement an explicit acceptance that host communities and authorities set priorities, even where results differ from national preferences.",
    owner: "Foreign ministry — policy planning",
    effort: 1,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "local-ownership-acceptance" }],
    rationale:
      "The article argues that local legitimacy may cost outsiders control, a price worth paying for lasting peace.",
  },
  {
    id: "publish-local-partner-evaluation",
    title: "Publish an evaluation of how local partners shaped the work",
    action:
      "Commission an independent evaluation of at least one mission contribution that asks how far local partners set priorities, and publish it with the government's response.",
    owner: "Development agency — evaluation unit",
    effort: 2,
    horizon: "18-36",
    prerequisites: ["local-ownership-statement"],
    triggers: [{ indicator: "local-ownership-acceptance", atMost: 2 }],
    rationale: "The article values small, locally defined changes; an evaluation makes them visible to the public.",
  },
  {
    id: "cross-party-mandate",
    title: "Seek a multi-year, cross-party mandate",
    action:
      "Table a multi-year framework for UN contributions, including the risk policy and what happens after a fatality, and seek the main opposition parties' support.",
    owner: "Cabinet office, with the parliament defence committee",
    effort: 3,
    horizon: "6-18",
    prerequisites: ["adopt-casualty-risk-policy"],
    triggers: [{ indicator: "parliamentary-mandate" }, { redFlag: "unowned-casualty-risk" }],
    rationale:
      "The article ties public backing to costs and risks; a mandate that anticipates them survives a loss better.",
  },
]);
