import type { Recommendation } from "../../schema.ts";
import { keptRecommendation, recommendation } from "./build.ts";
import { seed, UN } from "./sources.ts";

/** Training reforms for the soldier-diplomat's skills. */
export const skillsRecommendations: Recommendation[] = [
  keptRecommendation("mediation-course", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(12)],
    rationale: "The article lists mediation and interactive problem solving among the soldier-diplomat's new tasks.",
  }),
  keptRecommendation("un-cmcoord-course", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [UN.cmcoord, seed(12)],
    rationale:
      "The article names civil-military coordination and field cooperation as core tools for the operations ahead.",
  }),
  keptRecommendation("community-engagement-training", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(12), seed(13)],
    rationale:
      "The article calls for communication and intercultural skills so peacekeepers work through relationships, not walls.",
  }),
  keptRecommendation("language-crash-courses", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(13)],
    rationale: "The article ties language skills to working with local actors on their own terms.",
  }),
  keptRecommendation("language-plan", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(13)],
    rationale:
      "The article names languages among the skills that improve interoperability and understanding of local meaning.",
  }),
  keptRecommendation("mission-context-module", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(13)],
    rationale:
      "The article wants deployees to grasp the history, politics and systems of meaning of the places they serve.",
  }),
  keptRecommendation("unlearning-seminar", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(10)],
    normative: true,
    rationale:
      "The article says training must help people unlearn liberal assumptions so communities can choose their own futures.",
  }),
  recommendation({
    id: "conflict-complexity-module",
    title: "Teach how security, development and cross-border forces interact",
    action:
      "Add a module for staff officers and civilian officials on security–development links, transnational drivers and the tension between peacebuilding and state-building, co-taught with the development function.",
    reformArea: "training",
    ownerRole: "defence-training",
    effort: 1,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "conflict-complexity" }],
    rationale:
      "The article begins training with how security, development and transnational dynamics shape conflict and peace.",
    sources: [seed(11)],
  }),
];
