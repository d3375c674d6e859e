import type { Recommendation } from "../schema.ts";
import { recommendationsIn } from "./builders.ts";

/** Bureaucratic reforms that build the structures for joint decisions, funding and field authority. */
export const bureaucraticStructureRecommendations: Recommendation[] = recommendationsIn("bureaucratic")([
  {
    id: "standing-coordination-body",
    title: "Create a standing inter-ministerial body for UN contributions",
    action:
      "Set up a body with written terms of reference joining defence, foreign affairs, development and police, meeting at least quarterly and keeping minutes.",
    owner: "Cabinet office",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "interministerial-coordination" }, { redFlag: "stovepiped-government" }],
    rationale:
      "The CIPS article warns that turf battles between departments stall joint action unless they keep negotiating with each other.",
  },
  {
    id: "elevate-coordination-body",
    title: "Give the coordination body senior leadership and a secretariat",
    action:
      "Have a deputy minister or higher chair the body, staff a permanent secretariat, and make its decisions binding on member departments in its terms of reference.",
    owner: "Cabinet office",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "interministerial-coordination", atMost: 2 }],
    rationale:
      "The article expects a culture of cooperation to grow from repeated interaction, which needs a convener with standing.",
  },
  {
    id: "joint-deployment-plan",
    title: "Sign one joint plan per deployment",
    action:
      "Write a single plan for each deployment covering military, diplomatic, development and police activity, signed by each ministry involved.",
    owner: "Ministry of Defence — joint planning staff, with foreign affairs and development",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "joint-planning" }, { redFlag: "stovepiped-government" }],
    rationale:
      "The article asks that military and civilian roles be rebuilt around supporting local actors, which takes a shared plan.",
  },
  {
    id: "plan-review-points",
    title: "Set review points in the joint plan",
    action:
      "Fix dates during each deployment when the joint plan is reviewed against field reports and host-state priorities, and record every revision.",
    owner: "Coordination body secretariat",
    effort: 1,
    horizon: "6-18",
    prerequisites: ["joint-deployment-plan"],
    triggers: [{ indicator: "joint-planning", atMost: 2 }],
    rationale: "The article's adaptive response means plans change as understanding of the context grows.",
  },
  {
    id: "pooled-peace-fund",
    title: "Pool funding for peace operations across departments",
    action:
      "Create a multi-year fund or joint budget line covering defence, diplomatic, development and police activities, with written rules on who decides and how fast.",
    owner: "Ministry of Finance, with the cabinet office",
    effort: 3,
    horizon: "18-36",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "pooled-funding" }, { redFlag: "stovepiped-government" }],
    rationale: "The CIPS article calls for holistic funding mechanisms as a condition of adaptive operations.",
  },
  {
    id: "field-delegation",
    title: "Delegate authority to adapt in the field",
    action:
      "Issue a written delegation letting the senior national representative adapt tasks and spend up to a stated amount without prior approval, reporting afterwards.",
    owner: "Ministry of Defence — policy branch, with the foreign ministry",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "field-delegated-authority" }],
    rationale:
      "The article links operational adaptivity to roles centred on local actors, which needs room to decide on the spot.",
  },
  {
    id: "request-turnaround-standard",
    title: "Answer field requests within 72 hours",
    action:
      "Set and measure a 72-hour deadline for the capital to answer field requests above the delegated threshold, and log decisions taken under the delegation.",
    owner: "Joint operations command",
    effort: 1,
    horizon: "6-18",
    prerequisites: ["field-delegation"],
    triggers: [{ indicator: "field-delegated-authority", atMost: 2 }],
    rationale: "The article's adaptive operations respond to change as it happens; a slow capital defeats that.",
  },
  {
    id: "shared-information-system",
    title: "Share deployment information in one system",
    action:
      "Provide one system, with written classification and handling rules, that every ministry in the coordination body can use, and feed a quarterly dashboard from it.",
    owner: "Ministry of Defence — chief information officer, with the foreign ministry",
    effort: 3,
    horizon: "18-36",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "information-management" }],
    rationale:
      "The article lists information sharing and management among the tasks collaborative operations depend on.",
  },
]);
