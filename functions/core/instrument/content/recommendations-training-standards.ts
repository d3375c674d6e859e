import type { Recommendation } from "../schema.ts";
import { recommendationsIn } from "./builders.ts";

/** Training reforms that secure UN standards, protection of civilians, trainers and participation. */
export const trainingStandardsRecommendations: Recommendation[] = recommendationsIn("training")([
  {
    id: "cptm-alignment",
    title: "Align pre-deployment training with the CPTM and STMs",
    action:
      "Rebuild pre-deployment training on the UN Core Pre-Deployment Training Materials and the STMs for each role, record completion per person, and certify it to the UN in writing.",
    owner: "Defence training command",
    effort: 2,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "pdt-certification" }, { redFlag: "untrained-for-poc" }],
    rationale:
      "The article makes retraining for new kinds of tasks one of its three reform areas; UN standards are the common base.",
  },
  {
    id: "un-training-recognition",
    title: "Seek UN recognition for the national course",
    action:
      "Apply to the UN Integrated Training Service for recognition of the national pre-deployment course and renew it every three years.",
    owner: "Peace support training centre",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["cptm-alignment"],
    triggers: [
      { indicator: "pdt-certification", atMost: 2 },
      { profile: "pcrs-ambition", includes: "rapid-deployment" },
    ],
    rationale:
      "The article expects middle powers to lead on credibility; training the UN itself recognizes demonstrates it.",
  },
  {
    id: "poc-crsv-scenario-training",
    title: "Make protection-of-civilians and CRSV training scenario-based",
    action:
      "Replace lectures with tested scenario training on protecting civilians and responding to conflict-related sexual violence for every deploying person, and train a gender focal point in each unit.",
    owner: "Defence training command, with the gender adviser",
    effort: 2,
    horizon: "0-6",
    prerequisites: ["cptm-alignment"],
    triggers: [
      { indicator: "poc-crsv-gender" },
      { redFlag: "untrained-for-poc" },
      { profile: "mission-tasks", includes: "protection-of-civilians" },
    ],
    rationale:
      "The article wants peace to be inclusive and representative, which starts with protecting the civilians missions serve.",
  },
  {
    id: "women-participation-plan",
    title: "Assess and remove barriers to women's deployment",
    action:
      "Run a barrier assessment (for example with the Elsie Initiative method), fund its actions, and set yearly targets matching the UN uniformed gender parity strategy.",
    owner: "Ministry of Defence — personnel branch",
    effort: 3,
    horizon: "18-36",
    prerequisites: [],
    triggers: [{ indicator: "women-participation" }],
    rationale:
      "The article calls for representative, inclusive peacebuilding; contingents that include women are part of that.",
  },
  {
    id: "train-the-trainers",
    title: "Grow a pool of UN-trained trainers",
    action:
      "Send instructors to UN training-of-trainers courses until the pool can deliver all pre-deployment training, and keep a roster with a plan to replace leavers.",
    owner: "Defence training command",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "trainers-mobile-teams" }],
    rationale: "The article asks for a whole new set of skills; a national trainer pool is what makes them last.",
  },
  {
    id: "offer-mobile-training-teams",
    title: "Offer national trainers to UN mobile training teams",
    action:
      "Offer trainers to UN mobile training teams or partner countries' courses, starting with the topics where the national course is recognized.",
    owner: "Ministry of Defence — international policy",
    effort: 2,
    horizon: "18-36",
    prerequisites: ["train-the-trainers", "un-training-recognition"],
    triggers: [{ indicator: "trainers-mobile-teams", atMost: 2 }],
    rationale:
      "The article suggests middle powers hold comparative advantages they can share to lead the new generation of operations.",
  },
  {
    id: "scenario-capstone-exercise",
    title: "End pre-deployment training with a realistic scenario exercise",
    action:
      "Close each course with a multi-day exercise using civilian, police and local role-players, assessed against written criteria, and retrain those who fall short.",
    owner: "Peace support training centre",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["cptm-alignment"],
    triggers: [
      { indicator: "mediation-negotiation", atMost: 1 },
      { indicator: "communication-engagement-skills", atMost: 1 },
    ],
    rationale:
      "The article values experimentation; a realistic exercise lets people practise the soldier-diplomat role safely.",
  },
  {
    id: "pki-training",
    title: "Train to the UN peacekeeping-intelligence policy",
    action:
      "Train everyone posted to intelligence roles on the UN peacekeeping-intelligence policy and its limits, and teach patrol leaders information acquisition and mission reporting formats.",
    owner: "Defence intelligence school",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "peacekeeping-intelligence" }, { profile: "mission-tasks", includes: "monitoring" }],
    rationale:
      "The article singles out peacekeeping-intelligence and information gathering as training that builds adaptive capacity.",
  },
]);
