import { flatten, type TranslationTable } from "../flatten.ts";
import { version2026_2Fr } from "./2026-2/index.ts";
import { adaptiveCapacityFr } from "./adaptive-capacity.ts";
import { methodMetadataFr } from "./method-metadata.ts";
import { profileFr } from "./profile.ts";
import { bureaucraticRecommendationsFr } from "./recommendations-bureaucratic.ts";
import { publicInformationRecommendationsFr } from "./recommendations-public-information.ts";
import { trainingRecommendationsFr } from "./recommendations-training.ts";
import { riskRulesFr } from "./risk-rules.ts";
import { riskToleranceFr } from "./risk-tolerance.ts";
import { trainingReadinessFr } from "./training-readiness.ts";

/** Every French text of the published instrument versions, by text key (see ../keys.ts). */
export const french: TranslationTable = flatten({
  ...profileFr,
  ...riskToleranceFr,
  ...adaptiveCapacityFr,
  ...trainingReadinessFr,
  ...riskRulesFr,
  ...publicInformationRecommendationsFr,
  ...bureaucraticRecommendationsFr,
  ...trainingRecommendationsFr,
  ...methodMetadataFr,
  ...version2026_2Fr,
});
