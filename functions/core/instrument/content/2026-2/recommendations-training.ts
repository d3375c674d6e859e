import type { Recommendation } from "../../schema.ts";
import { keptRecommendation, recommendation } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Training reforms: UN standards, protection, participation, trainers, partners and leaders. */
export const trainingStandardRecommendations: Recommendation[] = [
  keptRecommendation("cptm-alignment", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [UN.pdt, UN.cptm],
    rationale:
      "Training every deploying person to UN standards is the contributor's responsibility; the CPTM and STMs are those standards.",
  }),
  recommendation({
    id: "un-training-recognition",
    title: "Seek UN recognition for the national course",
    action: "Apply for UN recognition of the national pre-deployment course and keep it current.",
    reformArea: "training",
    ownerRole: "defence-training",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["cptm-alignment"],
    triggers: [
      { indicator: "pdt-certification", atMost: 2 },
      { profile: "pcrs-ambition", includes: "rapid-deployment" },
    ],
    rationale: "Recognition by the UN is the external check that national training meets its standards.",
    sources: [UN.cptm],
  }),
  keptRecommendation("poc-crsv-scenario-training", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [UN.cptm, UN.a4p],
    rationale:
      "Protecting civilians and responding to sexual violence are central to most mandates and are part of the UN's core training.",
  }),
  recommendation({
    id: "women-participation-plan",
    title: "Assess and remove barriers to women's deployment",
    action:
      "Run a credible barrier assessment (DCAF's MOWIP method is the one the Elsie Initiative Fund recommends), fund its actions, and set targets for each contributed category at least equal to the UN's, police categories included.",
    reformArea: "bureaucratic",
    ownerRole: "defence-personnel",
    effort: 3,
    horizon: "18-36",
    prerequisites: [],
    triggers: [{ indicator: "women-participation" }],
    rationale:
      "The UN sets gender targets per category of uniformed personnel, and the Elsie Initiative Fund asks for a credible barrier assessment before funding a project.",
    sources: [UN.gender, UN.elsie],
  }),
  keptRecommendation("train-the-trainers", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [expert("a national trainer pool sustains UN-standard training")],
    rationale: "A national trainer pool keeps UN-standard training going after the first rotation.",
  }),
  recommendation({
    id: "offer-mobile-training-teams",
    title: "Offer national trainers where other contributors need them",
    action:
      "Register the country as a training provider with the UN's Light Coordination Mechanism, which matches providers with contributors' needs, and offer trainers to mobile training teams starting with the topics where the national course is recognized.",
    reformArea: "training",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "18-36",
    prerequisites: ["train-the-trainers", "un-training-recognition"],
    triggers: [
      { indicator: "trainers-mobile-teams", atMost: 2 },
      { profile: "contribution-type", includes: "training-provider" },
    ],
    rationale:
      "The article suggests middle powers can lead by sharing their advantages; the Light Coordination Mechanism is the UN's broker for such offers.",
    sources: [seed(17), UN.lcm],
  }),
  keptRecommendation("scenario-capstone-exercise", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [seed(9), seed(12)],
    rationale:
      "The article values experimentation; a realistic exercise lets people practise the soldier-diplomat role safely.",
  }),
  keptRecommendation("pki-training", {
    reformArea: "training",
    ownerRole: "defence-training",
    sources: [UN.pki, seed(13)],
    rationale:
      "The article names peacekeeping-intelligence and information gathering among the skills that build adaptive capacity.",
  }),
  recommendation({
    id: "civilian-peace-ops-course",
    title: "Train the civilian officials who work on contributions",
    action:
      "Require officials in posts dealing with UN contributions (diplomats, development, police and justice staff) to complete a course on UN peace operations, conflict analysis and civil-military relations, and train them with military staff in one exercise a year.",
    reformArea: "training",
    ownerRole: "foreign-ministry",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [
      { indicator: "civilian-wog-training" },
      { profile: "operation-type", includes: "special-political-mission" },
    ],
    rationale:
      "The article asks both military and civilian institutions to understand the complexity of conflict and peace.",
    sources: [seed(11)],
  }),
  recommendation({
    id: "multinational-partnership",
    title: "Partner with another contributor for training and co-deployment",
    action:
      "Join a multinational exercise built on UN procedures and sign a partnership with another contributor covering combined training, shared rotations or co-deployment of a capability.",
    reformArea: "training",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "18-36",
    prerequisites: [],
    triggers: [{ indicator: "interoperability" }],
    rationale:
      "The article expects shared skills to improve interoperability, and repeated interaction to build a culture of cooperation.",
    sources: [seed(13), seed(7)],
  }),
  recommendation({
    id: "senior-leadership-slate",
    title: "Prepare a gender-balanced slate of senior candidates",
    action:
      "Keep a list of prepared candidates for senior mission and headquarters posts with at least 40% women, send them to UN senior leadership courses, and nominate from the list when posts open.",
    reformArea: "bureaucratic",
    ownerRole: "foreign-ministry",
    effort: 1,
    horizon: "6-18",
    prerequisites: [],
    triggers: [
      { indicator: "senior-leadership-pipeline" },
      { profile: "contribution-type", includes: "senior-leadership" },
    ],
    rationale:
      "Senior posts are a way for middle powers to lead, which the article expects them to do; the 40% share is expert judgement.",
    sources: [seed(6), expert("gender-balanced slates (review 2026-11, §4)")],
  }),
];
