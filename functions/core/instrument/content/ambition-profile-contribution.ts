import type { ProfileQuestion } from "../schema.ts";
import { question } from "./builders.ts";

/** What and when the country intends to contribute, and how ready it wants to be. */
export const contributionQuestions: ProfileQuestion[] = [
  question({
    id: "contribution-type",
    text: "What kinds of contribution does the country intend to make?",
    kind: "multi",
    options: [
      {
        id: "staff-officers-experts",
        label: "Staff officers and military experts on mission",
        raises: [
          { indicatorId: "language-capability", level: 3 },
          { indicatorId: "mediation-negotiation", level: 3 },
        ],
      },
      {
        id: "formed-military-units",
        label: "Formed military units (infantry battalions, companies)",
        raises: [
          { indicatorId: "casualty-evacuation", level: 3 },
          { indicatorId: "casualty-risk-policy", level: 3 },
          { indicatorId: "national-caveats", level: 3 },
          { indicatorId: "incident-communication", level: 3 },
          { indicatorId: "poc-crsv-gender", level: 3 },
        ],
      },
      {
        id: "enablers",
        label: "Enabling units (engineering, medical, aviation, logistics)",
        raises: [
          { indicatorId: "casualty-evacuation", level: 3 },
          { indicatorId: "un-force-generation", level: 3 },
        ],
      },
      {
        id: "police",
        label: "Police (individual officers or formed police units)",
        raises: [
          { indicatorId: "host-state-liaison", level: 3 },
          { indicatorId: "communication-engagement-skills", level: 3 },
        ],
      },
      {
        id: "civilian-experts",
        label: "Civilian experts (justice, corrections, civil affairs)",
        raises: [
          { indicatorId: "civilian-rosters", level: 3 },
          { indicatorId: "host-state-liaison", level: 3 },
        ],
      },
    ],
  }),
  question({
    id: "target-readiness",
    text: "What level of readiness is the country aiming for?",
    help: "Sets the target level of every indicator; other answers raise particular indicators above it.",
    kind: "single",
    options: [
      { id: "initial", label: "Initial: first contributions of individuals and small teams", baseline: 1 },
      { id: "standard", label: "Standard: regular rotations meeting UN requirements", baseline: 2 },
      { id: "high", label: "High: rapid deployment and leading roles in missions", baseline: 3 },
    ],
  }),
  question({
    id: "pcrs-ambition",
    text: "What level of the UN Peacekeeping Capability Readiness System does the country aim for with its pledges?",
    kind: "single",
    options: [
      { id: "no-pledge", label: "No pledge planned yet" },
      { id: "pcrs-level-1-2", label: "PCRS level 1 or 2" },
      {
        id: "pcrs-level-3",
        label: "PCRS level 3",
        raises: [
          { indicatorId: "un-force-generation", level: 3 },
          { indicatorId: "pdt-certification", level: 3 },
        ],
      },
      {
        id: "rapid-deployment",
        label: "Rapid deployment level",
        raises: [
          { indicatorId: "un-force-generation", level: 3 },
          { indicatorId: "pdt-certification", level: 3 },
          { indicatorId: "casualty-evacuation", level: 3 },
          { indicatorId: "field-delegated-authority", level: 3 },
          { indicatorId: "funding-stability", level: 3 },
        ],
      },
    ],
  }),
  question({
    id: "deployment-timeline",
    text: "When does the country intend to deploy?",
    kind: "single",
    options: [
      {
        id: "within-12-months",
        label: "Within 12 months",
        raises: [
          { indicatorId: "parliamentary-mandate", level: 3 },
          { indicatorId: "funding-stability", level: 3 },
        ],
      },
      { id: "one-to-three-years", label: "In one to three years" },
      { id: "beyond-three-years", label: "In more than three years, or still exploring" },
    ],
  }),
];
