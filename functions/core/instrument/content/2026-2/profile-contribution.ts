import type { Level, ProfileQuestion } from "../../schema.ts";
import { type OptionDraft, type QuestionDraft, question } from "../builders.ts";

type Target = { indicatorId: string; level: Level };

/** Like the 2026.1 builder, plus options that cap targets. */
type CappedQuestionDraft = Omit<QuestionDraft, "options"> & { options: readonly (OptionDraft & { caps?: Target[] })[] };

export function profileQuestion(d: CappedQuestionDraft): ProfileQuestion {
  const built = question(d);
  return {
    ...built,
    options: built.options.map((o, i) => {
      const caps = d.options[i]?.caps;
      return caps === undefined ? o : { ...o, caps };
    }),
  };
}

const to3 = (...ids: string[]): Target[] => ids.map((indicatorId) => ({ indicatorId, level: 3 }));

/** Indicators whose level 3 needs a deployment; their targets stop at 2 for a country not deployed. */
export const deploymentDependentIds = [
  "national-caveats",
  "presence-beyond-bases",
  "joint-planning",
  "national-decision-speed",
  "host-state-liaison",
  "women-participation",
  "interoperability",
] as const;

/** What the country intends to contribute, and its deployment history. */
export const contributionQuestions: ProfileQuestion[] = [
  profileQuestion({
    id: "contribution-type",
    text: "What kinds of contribution does the country intend to make?",
    kind: "multi",
    options: [
      {
        id: "staff-officers-experts",
        label: "Staff officers and military experts on mission",
        raises: to3("language-capability", "mediation-negotiation"),
      },
      {
        id: "formed-military-units",
        label: "Formed military units (infantry battalions, companies)",
        raises: to3(
          "casualty-evacuation",
          "casualty-risk-policy",
          "national-caveats",
          "incident-communication",
          "poc-crsv-gender",
          "coe-self-sustainment",
        ),
      },
      {
        id: "enablers",
        label: "Enabling units (engineering, medical, aviation, logistics)",
        raises: to3(
          "casualty-evacuation",
          "force-generation-channels",
          "coe-self-sustainment",
          "capability-demand-fit",
        ),
      },
      {
        id: "police",
        label: "Police (individual officers or formed police units)",
        raises: to3("host-state-liaison", "communication-engagement-skills", "conduct-discipline"),
      },
      {
        id: "civilian-experts",
        label: "Civilian experts (justice, corrections, civil affairs)",
        raises: to3("civilian-rosters", "civilian-wog-training"),
      },
      {
        id: "training-provider",
        label: "Training for other contributors (trainers, mobile training teams, courses)",
        raises: to3("trainers-mobile-teams", "pdt-certification"),
      },
      {
        id: "technology",
        label: "Technology (camp security, medical, data, communications)",
        raises: to3("technology-innovation"),
      },
      {
        id: "finance",
        label: "Finance (trust funds, the Peacebuilding Fund, partner support)",
        raises: to3("assessed-contributions", "pooled-funding"),
      },
      {
        id: "senior-leadership",
        label: "Senior mission leaders and key headquarters posts",
        raises: to3("senior-leadership-pipeline", "governance-engagement"),
      },
    ],
  }),
  profileQuestion({
    id: "unit-contribution",
    text: "Does the country plan to contribute formed units (military, police or enabling)?",
    help: "Equipment and self-sustainment questions may be answered 'not applicable' when only individuals are contributed.",
    kind: "single",
    options: [
      { id: "units-planned", label: "Yes, formed units are planned" },
      { id: "individuals-only", label: "No, only individuals, training, technology or money" },
    ],
  }),
  profileQuestion({
    id: "deployment-status",
    text: "When did the country last have personnel deployed in a UN peace operation?",
    help: "Only caps targets: a country not deployed for more than five years is not asked to show in a deployment what it can only prepare for. It never refuses an answer.",
    kind: "single",
    options: [
      { id: "deployed-now", label: "Personnel are deployed now" },
      { id: "deployed-last-5-years", label: "Not now, but within the last five years" },
      {
        id: "not-deployed-5-years",
        label: "Not for more than five years, or never",
        caps: deploymentDependentIds.map((indicatorId) => ({ indicatorId, level: 2 as const })),
      },
    ],
  }),
  profileQuestion({
    id: "target-readiness",
    text: "What level of readiness is the country aiming for?",
    help: "Sets the target level of every indicator; other answers raise particular indicators above it, and UN minimums set floors no choice lowers.",
    kind: "single",
    options: [
      { id: "initial", label: "Initial: first contributions of individuals and small teams", baseline: 1 },
      { id: "standard", label: "Standard: regular rotations meeting UN requirements", baseline: 2 },
      { id: "high", label: "High: rapid deployment and leading roles in missions", baseline: 3 },
    ],
  }),
  profileQuestion({
    id: "pcrs-ambition",
    text: "What level of the UN Peacekeeping Capability Readiness System does the country aim for with unit pledges?",
    kind: "single",
    options: [
      { id: "no-pledge", label: "No unit pledge planned (individual contributions only, or still exploring)" },
      { id: "pcrs-level-1-2", label: "PCRS level 1 or 2" },
      {
        id: "pcrs-level-3",
        label: "PCRS level 3",
        raises: to3("force-generation-channels", "pdt-certification", "coe-self-sustainment"),
      },
      {
        id: "rapid-deployment",
        label: "Rapid deployment level (deploy within 60 days of a UN request)",
        raises: to3(
          "force-generation-channels",
          "pdt-certification",
          "casualty-evacuation",
          "national-decision-speed",
          "funding-stability",
          "political-mandate",
        ),
      },
    ],
  }),
  profileQuestion({
    id: "deployment-timeline",
    text: "When does the country intend to deploy?",
    kind: "single",
    options: [
      { id: "within-12-months", label: "Within 12 months", raises: to3("political-mandate", "funding-stability") },
      { id: "one-to-three-years", label: "In one to three years" },
      { id: "beyond-three-years", label: "In more than three years, or still exploring" },
    ],
  }),
];
