import type { Recommendation } from "../../schema.ts";
import { keptRecommendation, recommendation } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Bureaucratic reforms inside government: coordination, planning, money, decisions, learning, results. */
export const governmentRecommendations: Recommendation[] = [
  recommendation({
    id: "standing-coordination-body",
    title: "Create a standing inter-ministerial body for UN contributions",
    action:
      "Set up a body with written terms of reference joining defence, foreign affairs, the development function and any contributing police service, meeting at least quarterly and keeping minutes.",
    reformArea: "bureaucratic",
    ownerRole: "head-of-government-office",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "interministerial-coordination" }, { redFlag: "stovepiped-government" }],
    rationale:
      "The article warns that institutional rivalries stall joint action unless departments keep negotiating with each other.",
    sources: [seed(7)],
  }),
  keptRecommendation("elevate-coordination-body", {
    reformArea: "bureaucratic",
    ownerRole: "head-of-government-office",
    sources: [seed(7)],
    rationale:
      "The article expects a culture of cooperation to grow from repeated interaction, which needs a convener with standing.",
  }),
  recommendation({
    id: "joint-deployment-plan",
    title: "Sign one joint plan per contribution",
    action:
      "Write a single plan for the next contribution covering military, diplomatic, development and police activity, signed by each ministry or function involved.",
    reformArea: "bureaucratic",
    ownerRole: "coordination-body",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "joint-planning" }, { redFlag: "stovepiped-government" }],
    rationale:
      "The article asks that military and civilian roles be rebuilt around supporting local actors, which takes a shared plan.",
    sources: [seed(8)],
  }),
  keptRecommendation("plan-review-points", {
    reformArea: "bureaucratic",
    ownerRole: "coordination-body",
    sources: [seed(8)],
    rationale: "The article's adaptive response means plans change as understanding of the context grows.",
  }),
  keptRecommendation("pooled-peace-fund", {
    reformArea: "bureaucratic",
    ownerRole: "finance-function",
    sources: [seed(15)],
    rationale: "The article calls for holistic funding mechanisms as a condition of adaptive operations.",
  }),
  recommendation({
    id: "national-decision-procedure",
    title: "Set who decides, and how fast, on what the country keeps under UN command",
    action:
      "Write a procedure naming who in the capital answers UN requests within the memorandum of understanding (re-tasking or redeployment by the force or police command, a caveat waiver for one operation, national force-protection or project spending), set a response deadline, and rehearse it in an exercise.",
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "national-decision-speed" }, { redFlag: "rapid-ambition-unready" }],
    rationale:
      "Under UN command and control the mission tasks the contingent; a capital that answers quickly on what it keeps stops national decisions from holding the mission back.",
    sources: [UN.ac2, seed(8)],
  }),
  recommendation({
    id: "request-turnaround-standard",
    title: "Log national decisions and measure their speed",
    action:
      "Log every UN request handled under the national decision procedure with its response time, and report the times to the coordination body each quarter.",
    reformArea: "bureaucratic",
    ownerRole: "defence-operations",
    effort: 1,
    horizon: "18-36",
    prerequisites: ["national-decision-procedure"],
    triggers: [{ indicator: "national-decision-speed", atMost: 2 }],
    rationale:
      "A deadline that is not measured is not kept; the record shows whether the capital keeps pace with the mission.",
    sources: [UN.ac2, expert("measured response times as the observable fact")],
  }),
  keptRecommendation("shared-information-system", {
    reformArea: "bureaucratic",
    ownerRole: "coordination-body",
    sources: [seed(12)],
    rationale:
      "The article lists information sharing and management among the tasks collaborative operations depend on.",
  }),
  recommendation({
    id: "lessons-learned-cell",
    title: "Staff a lessons-learned cell for UN contributions",
    action:
      "Name staff to collect end-of-tour, exercise and after-action reports, send a yearly analysis to the minister or chief of defence, and exchange lessons with other contributors through the UN's Light Coordination Mechanism.",
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "lessons-learned-system" }, { redFlag: "lessons-lost" }],
    rationale:
      "The article insists that contextual knowledge must travel from the tactical level to the strategic one.",
    sources: [seed(8), UN.lcm],
  }),
  keptRecommendation("share-lessons-across-government", {
    reformArea: "bureaucratic",
    ownerRole: "coordination-body",
    sources: [seed(8)],
    rationale:
      "The article ties organizational change to knowledge shared among all the actors, not held by one department.",
  }),
  keptRecommendation("aar-to-doctrine", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(9)],
    rationale:
      "The article sees experimentation and dialogue as the engine of change, but only if findings are acted on.",
  }),
  recommendation({
    id: "results-framework",
    title: "Monitor small, local results with partners",
    action:
      "Adopt a monitoring framework with named indicators of local change reported by partners and personnel, review it yearly in the coordination body, and commission an independent evaluation that uses it.",
    reformArea: "bureaucratic",
    ownerRole: "development-function",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "results-monitoring" }],
    rationale: "The article holds that valuing micro impacts is what lets operations adapt.",
    sources: [seed(8)],
  }),
  recommendation({
    id: "report-micro-results",
    title: "Tell the public about small results as they happen",
    action:
      "Publish short, regular accounts of local results and setbacks from the monitoring framework, not only yearly totals.",
    reformArea: "public-information",
    ownerRole: "public-affairs",
    effort: 1,
    horizon: "18-36",
    prerequisites: ["results-framework"],
    triggers: [{ indicator: "results-monitoring", atMost: 2 }],
    rationale: "The article links incremental public understanding to support for holistic, unconditional funding.",
    sources: [seed(15)],
  }),
];
