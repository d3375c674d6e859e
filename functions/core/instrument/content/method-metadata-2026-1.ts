import type { Dimension, FloorTarget, Indicator, Lens, ProfileCondition, StageDescriptor } from "../schema.ts";
import { en } from "./builders.ts";

/**
 * Where `na` is a valid answer in 2026.1, and under which profile choices. Every other indicator, and every gate
 * indicator, must be answered: declaring it inapplicable would remove it from the score.
 */
export const naRules2026_1: Readonly<Record<string, ProfileCondition>> = {
  // Civilian rosters only matter to a country that intends to send civilian experts.
  "civilian-rosters": { profile: "contribution-type", excludes: "civilian-experts" },
  // Mission languages other than English only matter when some intended mission works in another language.
  "language-capability": {
    all: [
      { profile: "working-languages", includes: "english" },
      { profile: "working-languages", excludes: "french" },
      { profile: "working-languages", excludes: "arabic" },
      { profile: "working-languages", excludes: "spanish" },
      { profile: "working-languages", excludes: "portuguese" },
    ],
  },
};

/** `dimensions` with each indicator's `na` rule from `rules` (method metadata; the scoring content is unchanged). */
export function withNaRules(
  dimensions: readonly Dimension[],
  rules: Readonly<Record<string, ProfileCondition>>,
): Dimension[] {
  const ruled = (indicator: Indicator): Indicator => {
    const naWhen = rules[indicator.id];
    return naWhen === undefined ? indicator : { ...indicator, naAllowed: true, naWhen };
  };
  return dimensions.map((d) => ({ ...d, indicators: d.indicators.map(ruled) }));
}

/**
 * Stage names and what each means. The stage follows from the index thresholds (0, 20, 40, 60, 80) and the gates;
 * the descriptors say what a country at that stage can do. The PCRS crosswalk is an expert reading, not a UN
 * determination: the UN alone places pledges at PCRS levels.
 */
export const stages2026_1: StageDescriptor[] = [
  {
    stage: 1,
    name: en("Not yet prepared"),
    description: en(
      "Few of the arrangements a return needs are in place; the first decisions (who decides on risk, how personnel are trained to UN standards) are still to be taken.",
    ),
  },
  {
    stage: 2,
    name: en("Foundations laid"),
    description: en(
      "Some arrangements exist and deploying personnel receive UN pre-deployment training, but the political, administrative and training basis for a deployment is incomplete.",
    ),
  },
  {
    stage: 3,
    name: en("Ready for individual deployments"),
    description: en(
      "Risk acceptance, coordination across ministries and certified training are in place: the country can send staff officers, experts and small teams to UN standards.",
    ),
    pcrs: en(
      "Roughly where a first pledge to the UN Peacekeeping Capability Readiness System (PCRS) becomes credible.",
    ),
  },
  {
    stage: 4,
    name: en("Ready for unit rotations"),
    description: en(
      "A political mandate, declared caveats, working links with UN force generation and a lessons system let the country deploy and sustain formed units.",
    ),
    pcrs: en(
      "Roughly where a unit pledge can be raised above the first PCRS level, which the UN confirms through an Assessment and Advisory Visit.",
    ),
  },
  {
    stage: 5,
    name: en("Ready to deploy fast and lead"),
    description: en(
      "The country can deploy quickly, adapt in the field, communicate on incidents and offer its practice to other contributors.",
    ),
    pcrs: en(
      "Roughly where a pledge at the PCRS Rapid Deployment Level (deployment within 60 days of a UN request) fits.",
    ),
  },
];

/** UN minimums: no ambition lowers these targets. */
export const floorTargets2026_1: FloorTarget[] = [
  { indicatorId: "pdt-certification", level: 2 },
  { indicatorId: "national-caveats", level: 2 },
  { indicatorId: "casualty-evacuation", level: 2 },
];

const unStandardItems = [
  "pdt-certification",
  "poc-crsv-gender",
  "casualty-evacuation",
  "national-caveats",
  "un-force-generation",
  "women-participation",
  "trainers-mobile-teams",
  "peacekeeping-intelligence",
  "civil-military-coordination",
];

const postLiberalItems = [
  "unlearning-assumptions",
  "conflict-complexity",
  "local-ownership-acceptance",
  "public-narrative",
  "host-state-liaison",
  "field-delegated-authority",
  "presence-beyond-bases",
  "cultural-political-awareness",
  "mediation-negotiation",
  "communication-engagement-skills",
];

const times = (ids: readonly string[], multiplier: number) => Object.fromEntries(ids.map((id) => [id, multiplier]));

/** Two readings of the same answers: one that weighs UN compliance items double, one the seed's post-liberal items. */
export const lenses2026_1: Lens[] = [
  { id: "un-standard", title: en("UN standard: compliance items weigh double"), weights: times(unStandardItems, 2) },
  {
    id: "post-liberal",
    title: en("Post-liberal: relational and local-ownership items weigh double"),
    weights: times(postLiberalItems, 2),
  },
];
