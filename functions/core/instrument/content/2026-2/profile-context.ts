import type { ProfileQuestion } from "../../schema.ts";
import { question } from "../builders.ts";

const to3 = (...ids: string[]) => ids.map((indicatorId) => ({ indicatorId, level: 3 as const }));

/** Where and for what the country intends to serve, and the political stakes around it. */
export const contextQuestions: ProfileQuestion[] = [
  question({
    id: "operation-type",
    text: "Which kinds of UN peace operation does the country intend to join?",
    help: "Peacekeeping operations deploy uniformed contingents; special political missions are mostly civilian, with few or no units.",
    kind: "multi",
    options: [
      { id: "peacekeeping-operation", label: "Peacekeeping operations" },
      {
        id: "special-political-mission",
        label: "Special political missions",
        raises: to3("mediation-negotiation", "civilian-rosters", "civilian-wog-training"),
      },
    ],
  }),
  question({
    id: "mission-tasks",
    text: "Which mandated tasks does the country expect its personnel to perform?",
    kind: "multi",
    options: [
      {
        id: "protection-of-civilians",
        label: "Protection of civilians",
        raises: to3("poc-crsv-gender", "presence-beyond-bases"),
      },
      {
        id: "political-support",
        label: "Support to political processes and local mediation",
        raises: to3("mediation-negotiation", "local-ownership-acceptance"),
      },
      {
        id: "capacity-building",
        label: "Building state and security institutions",
        raises: to3(
          "unlearning-assumptions",
          "conflict-complexity",
          "local-ownership-acceptance",
          "results-monitoring",
        ),
      },
      { id: "humanitarian-support", label: "Securing humanitarian access", raises: to3("civil-military-coordination") },
      { id: "monitoring", label: "Monitoring ceasefires and observation", raises: to3("peacekeeping-intelligence") },
    ],
  }),
  question({
    id: "regions",
    text: "Which regions' missions is the country most likely to join?",
    help: "Every region raises local understanding; the African regions, which host the largest protection-of-civilians mandates, also raise protection training and casualty evacuation.",
    kind: "multi",
    options: [
      {
        id: "west-central-africa",
        label: "West and Central Africa",
        raises: to3("cultural-political-awareness", "poc-crsv-gender", "casualty-evacuation"),
      },
      {
        id: "east-africa",
        label: "East Africa and the Horn",
        raises: to3("cultural-political-awareness", "poc-crsv-gender", "casualty-evacuation"),
      },
      {
        id: "middle-east-north-africa",
        label: "Middle East and North Africa",
        raises: to3("cultural-political-awareness"),
      },
      { id: "americas", label: "The Americas and the Caribbean", raises: to3("cultural-political-awareness") },
      { id: "europe-asia", label: "Europe and Asia", raises: to3("cultural-political-awareness") },
    ],
  }),
  question({
    id: "working-languages",
    text: "In which working languages do the intended missions operate?",
    kind: "multi",
    options: [
      { id: "english", label: "English" },
      { id: "french", label: "French", raises: to3("language-capability") },
      { id: "arabic", label: "Arabic", raises: to3("language-capability") },
      { id: "spanish", label: "Spanish", raises: to3("language-capability") },
      { id: "portuguese", label: "Portuguese", raises: to3("language-capability") },
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
        raises: to3("pledge-delivery", "governance-engagement", "incident-communication"),
      },
      { id: "candidate-later", label: "Yes, later", raises: to3("pledge-delivery") },
      { id: "not-candidate", label: "No" },
    ],
  }),
];
