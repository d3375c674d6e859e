import type { Indicator } from "../../schema.ts";
import { indicator, keptIndicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Training readiness: the soldier-diplomat's skills and understanding. */
export const skillsIndicators: Indicator[] = [
  keptIndicator("mediation-negotiation", {
    reformArea: "training",
    institution: "defence",
    guidance:
      "The three-day minimum is set by expert judgement, to be reviewed in the pilot. Level 3 lists two facts; both must hold.",
    sources: [seed(12), seed(7)],
  }),
  keptIndicator("civil-military-coordination", {
    reformArea: "training",
    institution: "defence",
    guidance:
      "UN-CMCoord is the UN's humanitarian civil-military coordination; national CIMIC doctrine alone is level 1.",
    sources: [UN.cmcoord, seed(12)],
  }),
  indicator({
    id: "communication-engagement-skills",
    title: "Community engagement skills",
    question:
      "Are patrol leaders trained to talk with communities, including through interpreters and liaison assistants?",
    weight: 2,
    levels: [
      "No training on engaging local communities is given.",
      "Community engagement is covered in a lecture or briefing, without practical exercises.",
      "All patrol leaders complete practical training in community engagement and in working through interpreters and community liaison assistants.",
      "As level 2, and mixed-gender engagement teams train together for at least a week and are assessed before deployment.",
    ],
    reformArea: "training",
    institution: "defence",
    guidance:
      "Media handling is a different skill and does not count here. Evidence: the syllabus and completion records.",
    sources: [seed(12), seed(13), expert("one construct per scale (review 2026-11, H3)")],
  }),
  keptIndicator("peacekeeping-intelligence", {
    reformArea: "training",
    institution: "defence",
    guidance:
      "Peacekeeping-intelligence follows UN policy and its limits, which differ from national military intelligence.",
    sources: [UN.pki, seed(13)],
  }),
  indicator({
    id: "language-capability",
    title: "Mission languages",
    question: "How many deploying personnel are tested in the mission's working and local languages?",
    weight: 2,
    levels: [
      "Nobody records which personnel speak the languages of the intended missions.",
      "Language skills are recorded, but no language plan with targets per rotation exists, or its targets are not met.",
      "A language plan sets targets per rotation, and all liaison officers and at least one in ten of a rotation hold a tested level in the mission's working language.",
      "As level 2, and funded courses of three months or more exist, and selected personnel are tested in a main local language of the mission area.",
    ],
    reformArea: "training",
    institution: "defence",
    guidance:
      "The one-in-ten share is set by expert judgement, to be reviewed in the pilot. Evidence: test results per person and the plan.",
    sources: [seed(13), expert("gap between levels closed (review 2026-11, H3)")],
    naWhen: {
      all: [
        { profile: "working-languages", includes: "english" },
        { profile: "working-languages", excludes: "french" },
        { profile: "working-languages", excludes: "arabic" },
        { profile: "working-languages", excludes: "spanish" },
        { profile: "working-languages", excludes: "portuguese" },
      ],
    },
  }),
  keptIndicator("cultural-political-awareness", {
    reformArea: "training",
    institution: "defence",
    guidance: "The two-day minimum is set by expert judgement, to be reviewed in the pilot.",
    sources: [seed(13)],
  }),
  keptIndicator("unlearning-assumptions", {
    reformArea: "training",
    institution: "defence",
    guidance: "The seminar examines cases; it does not prescribe which arrangements are right for a host society.",
    sources: [seed(10), seed(4)],
    normative: true,
  }),
  indicator({
    id: "conflict-complexity",
    title: "Understanding conflict complexity",
    question:
      "Are military staff and civilian officials taught how security, development and cross-border dynamics interact in conflicts?",
    weight: 1,
    levels: [
      "No training addresses how conflicts and peace processes work beyond the military picture.",
      "A general introduction to conflict analysis is given, or the full module is taught to military staff only.",
      "Staff officers and the civilian officials who work on contributions complete a module on security–development links, transnational drivers such as trafficking, and tensions between peacebuilding and state-building.",
      "As level 2, and the module is co-taught with the development function or civil society and includes a conflict analysis exercise.",
    ],
    reformArea: "training",
    institution: "defence",
    guidance: "Evidence: the module syllabus and attendance of both military and civilian participants.",
    sources: [seed(11)],
  }),
  indicator({
    id: "interoperability",
    title: "Interoperability with other contributors",
    question: "Do the country's personnel train and work with other contributors to UN standards?",
    weight: 2,
    levels: [
      "Personnel have not trained or deployed with other contributors' personnel in the last five years.",
      "Personnel took part in multinational exercises, but none was built on UN procedures.",
      "In the last three years personnel took part in a multinational exercise built on UN procedures, and a written partnership with another contributor covers training or co-deployment.",
      "As level 2, and the country co-deployed or shared rotations of a capability with a partner in a UN mission in the last five years.",
    ],
    reformArea: "training",
    institution: "defence",
    guidance: "Level 3 is shown in a deployment; levels 0–2 can be reached before one.",
    sources: [seed(13), seed(7), expert("interoperability and partnering (review 2026-11, S27)")],
    deploymentDependent: true,
  }),
];
