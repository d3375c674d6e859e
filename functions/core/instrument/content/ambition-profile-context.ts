import type { ProfileQuestion } from "../schema.ts";
import { question } from "./builders.ts";

/** Where and for what the country intends to deploy, and the political stakes around it. */
export const contextQuestions: ProfileQuestion[] = [
  question({
    id: "mission-tasks",
    text: "Which mandated tasks does the country expect its personnel to perform?",
    kind: "multi",
    options: [
      {
        id: "protection-of-civilians",
        label: "Protection of civilians",
        raises: [
          { indicatorId: "poc-crsv-gender", level: 3 },
          { indicatorId: "presence-beyond-bases", level: 3 },
        ],
      },
      {
        id: "political-support",
        label: "Support to political processes and local mediation",
        raises: [
          { indicatorId: "mediation-negotiation", level: 3 },
          { indicatorId: "local-ownership-acceptance", level: 3 },
        ],
      },
      {
        id: "capacity-building",
        label: "Building state and security institutions",
        raises: [
          { indicatorId: "unlearning-assumptions", level: 3 },
          { indicatorId: "conflict-complexity", level: 3 },
          { indicatorId: "local-ownership-acceptance", level: 3 },
        ],
      },
      {
        id: "humanitarian-support",
        label: "Securing humanitarian access",
        raises: [{ indicatorId: "civil-military-coordination", level: 3 }],
      },
      {
        id: "monitoring",
        label: "Monitoring ceasefires and observation",
        raises: [{ indicatorId: "peacekeeping-intelligence", level: 3 }],
      },
    ],
  }),
  question({
    id: "regions",
    text: "Which regions' missions is the country most likely to join?",
    kind: "multi",
    options: [
      {
        id: "west-central-africa",
        label: "West and Central Africa",
        raises: [
          { indicatorId: "casualty-evacuation", level: 3 },
          { indicatorId: "cultural-political-awareness", level: 3 },
        ],
      },
      {
        id: "east-africa",
        label: "East Africa and the Horn",
        raises: [
          { indicatorId: "poc-crsv-gender", level: 3 },
          { indicatorId: "cultural-political-awareness", level: 3 },
        ],
      },
      {
        id: "middle-east-north-africa",
        label: "Middle East and North Africa",
        raises: [{ indicatorId: "cultural-political-awareness", level: 3 }],
      },
      {
        id: "americas",
        label: "The Americas and the Caribbean",
        raises: [{ indicatorId: "mediation-negotiation", level: 3 }],
      },
      { id: "europe-asia", label: "Europe and Asia" },
    ],
  }),
  question({
    id: "working-languages",
    text: "In which working languages do the intended missions operate?",
    kind: "multi",
    options: [
      { id: "english", label: "English" },
      { id: "french", label: "French", raises: [{ indicatorId: "language-capability", level: 3 }] },
      {
        id: "arabic",
        label: "Arabic",
        raises: [
          { indicatorId: "language-capability", level: 3 },
          { indicatorId: "cultural-political-awareness", level: 3 },
        ],
      },
      { id: "spanish", label: "Spanish" },
      { id: "portuguese", label: "Portuguese" },
    ],
  }),
  question({
    id: "security-council-candidacy",
    text: "Is the country seeking a non-permanent seat on the UN Security Council?",
    kind: "single",
    options: [
      {
        id: "candidate-next-election",
        label: "Yes, at one of the next two elections",
        raises: [
          { indicatorId: "public-narrative", level: 3 },
          { indicatorId: "public-support-measurement", level: 3 },
          { indicatorId: "incident-communication", level: 3 },
        ],
      },
      { id: "candidate-later", label: "Yes, later", raises: [{ indicatorId: "public-narrative", level: 3 }] },
      { id: "not-candidate", label: "No" },
    ],
  }),
];
