import type { Instrument } from "../schema.ts";
import { adaptiveCapacity } from "./adaptive-capacity.ts";
import { ambitionProfile } from "./ambition-profile.ts";
import { en } from "./builders.ts";
import {
  floorTargets2026_1,
  lenses2026_1,
  naRules2026_1,
  stages2026_1,
  withNaRules,
} from "./method-metadata-2026-1.ts";
import { bureaucraticRecommendations } from "./recommendations-bureaucratic.ts";
import { publicInformationRecommendations } from "./recommendations-public-information.ts";
import { trainingRecommendations } from "./recommendations-training.ts";
import { riskRules } from "./risk-rules.ts";
import { riskTolerance } from "./risk-tolerance.ts";
import { trainingReadiness } from "./training-readiness.ts";

/**
 * Version 2026.1 of the UN peace operations readiness instrument. Published versions are immutable: a change to
 * any text, weight or rule means a new version file, so that earlier assessments keep scoring the same way. Method
 * metadata (where `na` is valid, stage names, floor targets, lenses) was added later: it changes no scoring content.
 */
export const unPeaceOpsReadiness2026_1: Instrument = {
  id: "un-peace-ops-readiness",
  version: "2026.1",
  title: en("Readiness to re-engage in UN peace operations"),
  description: en(
    "A self-assessment for defence and foreign ministries of how ready the country is to return to UN peace operations: its tolerance of risk, the adaptive capacity of its institutions and the readiness of its people. Based on the argument of the CIPS article on middle powers re-engaging in UN peace operations, and on UN standards for peacekeeping contributions.",
  ),
  defaultTarget: 2,
  dimensions: withNaRules([riskTolerance, adaptiveCapacity, trainingReadiness], naRules2026_1),
  profile: ambitionProfile,
  riskRules,
  recommendations: [...publicInformationRecommendations, ...bureaucraticRecommendations, ...trainingRecommendations],
  stages: stages2026_1,
  floorTargets: floorTargets2026_1,
  lenses: lenses2026_1,
};
