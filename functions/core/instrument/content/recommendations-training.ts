import type { Recommendation } from "../schema.ts";
import { recommendationsIn } from "./builders.ts";
import { trainingStandardsRecommendations } from "./recommendations-training-standards.ts";

/** Training reforms: they close gaps in training readiness. */
export const trainingRecommendations: Recommendation[] = [
  ...trainingStandardsRecommendations,
  ...recommendationsIn("training")([
    {
      id: "mediation-course",
      title: "Teach practical mediation and negotiation",
      action:
        "Give officers and NCOs in command posts a course of at least three days of role-played mediation, negotiation and joint problem solving, co-taught by civilian mediators.",
      owner: "Defence training command, with the foreign ministry mediation unit",
      effort: 2,
      horizon: "6-18",
      prerequisites: [],
      triggers: [{ indicator: "mediation-negotiation" }, { profile: "mission-tasks", includes: "political-support" }],
      rationale:
        "The CIPS article lists mediation and interactive problem solving among the soldier-diplomat's new tasks.",
    },
    {
      id: "un-cmcoord-course",
      title: "Train civil-military staff in UN-CMCoord",
      action:
        "Send staff in civil-military posts to a UN-CMCoord course before deployment and add the humanitarian principles to pre-deployment training.",
      owner: "Defence training command",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [
        { indicator: "civil-military-coordination" },
        { profile: "mission-tasks", includes: "humanitarian-support" },
      ],
      rationale:
        "The article names civil-military coordination and field cooperation as core tools for the operations ahead.",
    },
    {
      id: "community-engagement-training",
      title: "Train patrol leaders to engage communities",
      action:
        "Train every patrol leader to engage communities and work through interpreters and community liaison assistants, and prepare mixed-gender engagement teams together.",
      owner: "Defence training command",
      effort: 2,
      horizon: "6-18",
      prerequisites: [],
      triggers: [{ indicator: "communication-engagement-skills" }, { redFlag: "bunkered-contingent" }],
      rationale:
        "The article calls for communication and intercultural skills so peacekeepers work through relationships, not walls.",
    },
    {
      id: "language-crash-courses",
      title: "Fund intensive language courses for the next rotation",
      action:
        "Fund intensive courses in the mission's working language for the next rotation's liaison and staff officers, and test them before departure.",
      owner: "Defence language school",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [
        { indicator: "language-capability", atMost: 1 },
        { redFlag: "language-mismatch" },
        { profile: "working-languages", includes: "french" },
        { profile: "working-languages", includes: "arabic" },
      ],
      rationale: "The article ties language skills to working with local actors on their own terms.",
    },
    {
      id: "language-plan",
      title: "Adopt a language plan with tested targets",
      action:
        "Set targets for tested proficiency in French, Arabic and other mission languages per rotation, fund courses of three months or more, and record results per person.",
      owner: "Defence language school, with the personnel branch",
      effort: 3,
      horizon: "18-36",
      prerequisites: ["language-crash-courses"],
      triggers: [{ indicator: "language-capability" }, { redFlag: "language-mismatch" }],
      rationale:
        "The article names languages among the skills that improve interoperability and understanding of local meaning.",
    },
    {
      id: "mission-context-module",
      title: "Teach the mission area's history, politics and culture",
      action:
        "Add a mission-specific module of at least two days, taught by regional experts and people from the host country, and update it before every rotation.",
      owner: "Peace support training centre, with regional experts",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "cultural-political-awareness" }],
      rationale:
        "The article wants deployees to grasp the history, politics, customs and belief systems of the places they serve.",
    },
    {
      id: "unlearning-seminar",
      title: "Run a seminar that questions imported state-building models",
      action:
        "Hold a seminar for deployees, planners and senior leaders on cases where imported institutions failed and local arrangements held, with a written learning outcome.",
      owner: "Staff college",
      effort: 1,
      horizon: "6-18",
      prerequisites: ["mission-context-module"],
      triggers: [{ indicator: "unlearning-assumptions" }, { profile: "mission-tasks", includes: "capacity-building" }],
      rationale:
        "The CIPS article says training must help people unlearn liberal assumptions so communities can choose their own futures.",
    },
    {
      id: "conflict-complexity-module",
      title: "Teach how security, development and cross-border forces interact",
      action:
        "Add a staff-officer module on security-development links, transnational drivers and the tension between peacebuilding and state-building, co-taught with the development ministry.",
      owner: "Staff college, with the development ministry",
      effort: 1,
      horizon: "6-18",
      prerequisites: [],
      triggers: [{ indicator: "conflict-complexity" }],
      rationale:
        "The article begins training with how security, development and transnational dynamics shape conflict and peace.",
    },
  ]),
];
