import type { Dimension } from "../schema.ts";
import { en, gates, indicatorsIn } from "./builders.ts";

const indicators = indicatorsIn("training")([
  {
    id: "pdt-certification",
    title: "Pre-deployment training certified against UN standards",
    question:
      "Does pre-deployment training follow the UN Core Pre-Deployment Training Materials and the relevant STMs, and is it certified?",
    weight: 3,
    levels: [
      "Pre-deployment training does not use the UN Core Pre-Deployment Training Materials (CPTM).",
      "CPTM modules are used, but not every deploying person completes them, or completion is not recorded per person.",
      "Every deploying person completes the CPTM and the specialized training materials (STMs) for their role, completion is recorded per person, and the government certifies this to the UN in writing.",
      "As level 2, and the national course holds UN Integrated Training Service recognition obtained or renewed in the last three years.",
    ],
  },
  {
    id: "poc-crsv-gender",
    title: "Protection of civilians, CRSV and gender",
    question: "How are personnel prepared to protect civilians and respond to conflict-related sexual violence?",
    weight: 3,
    levels: [
      "Protection of civilians is not taught before deployment.",
      "Protection of civilians, conflict-related sexual violence (CRSV) and sexual exploitation are covered in lectures only.",
      "Every deploying person completes scenario-based protection-of-civilians and CRSV training with a test, and each unit has a trained gender focal point.",
      "As level 2, and commanders practise mission early-warning and response procedures in an exercise, and every company has a trained CRSV focal point.",
    ],
  },
  {
    id: "mediation-negotiation",
    title: "Mediation, negotiation and interactive problem solving",
    question: "Are officers and NCOs trained in practical mediation, negotiation and joint problem solving?",
    weight: 2,
    levels: [
      "No mediation or negotiation training is given before deployment or in career courses.",
      "A session of less than one day on negotiation is part of pre-deployment training.",
      "Officers and NCOs in command posts complete a course of at least three days built on role-plays, and completion is recorded.",
      "As level 2, and civilian mediators co-teach the course, and each rotation includes a listed pool of advanced-trained negotiators.",
    ],
  },
  {
    id: "civil-military-coordination",
    title: "Civil-military coordination (UN-CMCoord)",
    question: "Are staff trained in humanitarian civil-military coordination as the UN practises it?",
    weight: 2,
    levels: [
      "No civil-military coordination training exists.",
      "National CIMIC doctrine is taught, but not UN-CMCoord or the humanitarian principles.",
      "Staff in civil-military posts complete a UN-CMCoord course before deployment, and pre-deployment training includes the humanitarian principles.",
      "As level 2, and a yearly exercise includes humanitarian agencies or NGOs as participants or role-players.",
    ],
  },
  {
    id: "communication-engagement-skills",
    title: "Communication and community engagement skills",
    question:
      "Are patrol leaders trained to talk with communities, including through interpreters and liaison assistants?",
    weight: 2,
    levels: [
      "No training on communication with local communities is given.",
      "Only commanders receive a media-handling briefing.",
      "All patrol leaders complete practical training in community engagement and working through interpreters and community liaison assistants.",
      "As level 2, and mixed-gender engagement teams train together for at least a week and are assessed before deployment.",
    ],
  },
  {
    id: "peacekeeping-intelligence",
    title: "Information gathering and peacekeeping-intelligence",
    question: "Are personnel trained under the UN peacekeeping-intelligence policy and its limits?",
    weight: 2,
    levels: [
      "No training refers to the UN peacekeeping-intelligence policy.",
      "Intelligence staff receive national military intelligence training only.",
      "Personnel posted to intelligence roles are trained on the UN peacekeeping-intelligence policy and handbook, including its limits, and completion is recorded.",
      "As level 2, and all patrol leaders train in information acquisition and reporting in the formats the mission uses.",
    ],
  },
  {
    id: "language-capability",
    title: "Mission languages (French, Arabic and others)",
    question: "How many deploying personnel are tested in the mission's working and local languages?",
    weight: 2,
    levels: [
      "Nobody records how many personnel speak the languages of the intended missions.",
      "Language skills are recorded, but under one in twenty of a rotation speaks the mission's working language.",
      "A language plan sets targets; at least one in ten of a rotation and all liaison officers hold a tested proficiency level in the mission's working language.",
      "As level 2, and funded courses of three months or more exist, and selected personnel are tested in a main local language of the mission area.",
    ],
  },
  {
    id: "cultural-political-awareness",
    title: "Local culture, history and politics",
    question: "Does training cover the history, politics and culture of the mission area in depth?",
    weight: 2,
    levels: [
      "Pre-deployment training has no mission-specific content on history, politics or culture.",
      "A generic country briefing of under half a day is given.",
      "A mission-specific module of at least two days, taught by regional experts, covers history, politics, local authority structures and beliefs.",
      "As level 2, and people from the host country help teach it, and it is updated before every rotation.",
    ],
  },
  {
    id: "unlearning-assumptions",
    title: "Questioning liberal state-building assumptions",
    question: "Does training ask participants to question externally designed models of state-building?",
    weight: 1,
    levels: [
      "No training content questions the assumptions of externally designed state-building.",
      "The topic appears in reading lists only.",
      "A seminar with a written learning outcome examines cases where imported institutions failed and locally defined arrangements held.",
      "As level 2, and planners and senior leaders attend it too, and participants' feedback on it is evaluated every year.",
    ],
  },
  {
    id: "conflict-complexity",
    title: "Understanding conflict complexity",
    question: "Are staff taught how security, development and cross-border dynamics interact in conflicts?",
    weight: 1,
    levels: [
      "No training addresses how conflicts and peace processes work beyond the military picture.",
      "A general introduction to conflict analysis is given.",
      "Staff officers complete a module on links between security and development, transnational drivers such as trafficking, and tensions between peacebuilding and state-building.",
      "As level 2, and the module is co-taught with the development ministry or civil society and includes a conflict analysis exercise.",
    ],
  },
  {
    id: "women-participation",
    title: "Women's participation in deployments",
    question: "What share of deployed personnel are women, measured against UN targets?",
    weight: 2,
    levels: [
      "The share of women among deployed personnel is not tracked.",
      "The share is tracked but is below the current UN uniformed gender parity targets.",
      "The share meets the current UN targets for military observers and staff officers, and a barrier assessment (for example the Elsie Initiative method) was completed.",
      "As level 2, and formed units also meet the targets, and the actions from the barrier assessment are funded.",
    ],
  },
  {
    id: "trainers-mobile-teams",
    title: "Trainers and mobile training teams",
    question: "Does the country have enough UN-trained trainers, and does it train others?",
    weight: 1,
    levels: [
      "No national trainer has completed a UN training-of-trainers course.",
      "A few trainers completed UN training-of-trainers courses, but there is no plan to keep or grow the pool.",
      "A roster of UN-trained trainers is large enough to deliver all pre-deployment training without outside help.",
      "As level 2, and national trainers taught other contributors' personnel through UN mobile training teams or partners in the last three years.",
    ],
  },
]);

export const trainingReadiness: Dimension = {
  id: "training-readiness",
  title: en("Training readiness"),
  description: en(
    "Whether the country's people are prepared for the soldier-diplomat role: UN standards, mediation, coordination, information, languages and local understanding.",
  ),
  reformArea: "training",
  weight: 1,
  indicators,
  gates: gates([
    {
      indicatorId: "pdt-certification",
      minLevel: 1,
      forStage: 2,
      why: "The UN requires pre-deployment training to its standards; a country that does not use them is not yet deployable.",
    },
    {
      indicatorId: "pdt-certification",
      minLevel: 2,
      forStage: 3,
      why: "Partial or unrecorded completion of UN training leaves gaps the mission will discover in the field.",
    },
    {
      indicatorId: "poc-crsv-gender",
      minLevel: 2,
      forStage: 4,
      why: "Protecting civilians is central to most mandates; untested preparation puts people and the mission at risk.",
    },
    {
      indicatorId: "pdt-certification",
      minLevel: 3,
      forStage: 5,
      why: "Leading practice means training that the UN itself has recognized.",
    },
  ]),
};
