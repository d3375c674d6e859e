import type { FloorTarget, Lens, StageDescriptor } from "../../schema.ts";
import { en } from "../builders.ts";
import { lenses2026_1 } from "../method-metadata-2026-1.ts";

/**
 * The five stages of 2026.2, cumulative, written from what a country at each stage can do; the gates are set from
 * these descriptors. The PCRS crosswalk is an expert reading: only the UN's visits place a pledge at a PCRS level.
 */
export const stages2026_2: StageDescriptor[] = [
  {
    stage: 1,
    name: en("Not yet deployable"),
    description: en(
      "Training does not follow UN standards or the basic decisions are missing: the country could not send personnel to a UN operation to standard.",
    ),
  },
  {
    stage: 2,
    name: en("Preparing"),
    description: en(
      "UN training materials are in use and first arrangements exist; work remains before anyone deploys to standard.",
    ),
  },
  {
    stage: 3,
    name: en("Individual contributor"),
    description: en(
      "Can deploy individuals and small teams to UN standard: every deploying person trained and certified, a named authority for casualty risk, vetting and investigation of misconduct, a standing coordination body.",
    ),
    pcrs: en("Consistent with registering PCRS level 1 pledges; individual contributions use other UN channels."),
  },
  {
    stage: 4,
    name: en("Unit contributor"),
    description: en(
      "Can sustain unit rotations: caveats declared and justified, a documented decision by the competent authority, offers registered through the UN channel for each type, protection-of-civilians training tested, lessons captured.",
    ),
    pcrs: en("Consistent with units ready for a PCRS level 2 assessment and advisory visit; the UN alone verifies it."),
  },
  {
    stage: 5,
    name: en("Rapid and leading"),
    description: en(
      "Can deploy quickly and lead: UN-recognized training, national decisions taken within set deadlines, incident communication rehearsed with the UN.",
    ),
    pcrs: en("Consistent with PCRS level 3 or the rapid deployment level; the UN alone verifies it."),
  },
];

/** Targets no ambition lowers: UN minimums for any contributor (review 2026-11, H6). */
export const floorTargets2026_2: FloorTarget[] = [
  { indicatorId: "pdt-certification", level: 2 },
  { indicatorId: "national-caveats", level: 2 },
  { indicatorId: "casualty-evacuation", level: 2 },
  { indicatorId: "conduct-discipline", level: 2 },
];

const unStandardItems = [
  "pdt-certification",
  "poc-crsv-gender",
  "casualty-evacuation",
  "national-caveats",
  "conduct-discipline",
  "force-generation-channels",
  "coe-self-sustainment",
  "women-participation",
  "peacekeeping-intelligence",
  "civil-military-coordination",
];

const postLiberalItems = [
  "unlearning-assumptions",
  "conflict-complexity",
  "local-ownership-acceptance",
  "public-narrative",
  "host-state-liaison",
  "presence-beyond-bases",
  "results-monitoring",
  "cultural-political-awareness",
  "mediation-negotiation",
  "communication-engagement-skills",
];

const itemsOf: Record<Lens["id"], readonly string[]> = {
  "un-standard": unStandardItems,
  "post-liberal": postLiberalItems,
};

/** The same two readings as 2026.1 (same titles), over 2026.2's items: each lens weighs its items double. */
export const lenses2026_2: Lens[] = lenses2026_1.map((lens) => ({
  ...lens,
  weights: Object.fromEntries(itemsOf[lens.id].map((id) => [id, 2])),
}));
