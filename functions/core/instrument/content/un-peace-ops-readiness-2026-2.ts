import type { Instrument } from "../schema.ts";
import { adaptiveCapacity } from "./2026-2/adaptive-capacity.ts";
import { contextQuestions } from "./2026-2/profile-context.ts";
import { contributionQuestions } from "./2026-2/profile-contribution.ts";
import { governmentRecommendations } from "./2026-2/recommendations-government.ts";
import { publicRecommendations } from "./2026-2/recommendations-public.ts";
import { riskRecommendations } from "./2026-2/recommendations-risk.ts";
import { skillsRecommendations } from "./2026-2/recommendations-skills.ts";
import { trainingStandardRecommendations } from "./2026-2/recommendations-training.ts";
import { unRecommendations } from "./2026-2/recommendations-un.ts";
import { riskRules } from "./2026-2/risk-rules.ts";
import { riskTolerance } from "./2026-2/risk-tolerance.ts";
import { floorTargets2026_2, lenses2026_2, stages2026_2 } from "./2026-2/stages.ts";
import { trainingReadiness } from "./2026-2/training-readiness.ts";
import { en } from "./builders.ts";

/**
 * Version 2026.2 of the UN peace operations readiness instrument: the corrections of the 2026-11 method review
 * (UN-system facts, constitution-neutral anchors, prepared vs demonstrated, missing UN items, provenance per item).
 * 2026.1 stays published unchanged; its answers carry into this version through each indicator's `replaces`.
 */
export const unPeaceOpsReadiness2026_2: Instrument = {
  id: "un-peace-ops-readiness",
  version: "2026.2",
  title: en("Readiness to re-engage in UN peace operations"),
  description: en(
    "A self-assessment for the ministries of a country considering a return to UN peace operations: its tolerance of risk, the adaptive capacity of its institutions and the readiness of its people. It combines UN requirements for contributors (each item names the UN document it rests on) with the argument of a CIPS article on middle powers re-engaging; items that encode that article's contested thesis are marked as normative.",
  ),
  defaultTarget: 2,
  levelRule: en(
    "Levels are cumulative: each includes everything below it. Where a level lists several facts, all must hold; if only some do, answer the highest level whose facts all hold. A clause after 'but' explains why the next level is not reached and is not itself a condition. Level 0 covers every case that does not reach level 1.",
  ),
  dimensions: [riskTolerance, adaptiveCapacity, trainingReadiness],
  profile: [...contributionQuestions, ...contextQuestions],
  riskRules,
  recommendations: [
    ...riskRecommendations,
    ...publicRecommendations,
    ...governmentRecommendations,
    ...unRecommendations,
    ...trainingStandardRecommendations,
    ...skillsRecommendations,
  ],
  stages: stages2026_2,
  floorTargets: floorTargets2026_2,
  lenses: lenses2026_2,
};
