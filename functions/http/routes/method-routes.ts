import * as z from "zod";
import type { Assessment } from "../../core/assessment.ts";
import type { Review } from "../../core/evidence/reviews.ts";
import { parseCapacity } from "../../core/recommendations/capacity-input.ts";
import { seedFrom } from "../../core/scoring/seeded-random.ts";
import { SENSITIVITY_DRAWS, sensitivity } from "../../core/scoring/sensitivity.ts";
import type { ScoreReport } from "../../core/scoring/types.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors, HttpError } from "../errors.ts";
import type { Language } from "../language.ts";
import { ownAssessment, pinnedInstrument } from "../ownership.ts";
import { reportIn } from "../report-language.ts";
import { sensitivityResponse } from "../report-schemas.ts";
import { route } from "../route-table.ts";
import { idParams } from "../schemas.ts";
import { verifiedReport } from "../score-memo.ts";

// Not strict: the score route also reads `lang` (see ../language.ts).
export const capacityQuery = z.object({ capacity: z.string().max(100).optional() });

/** The report with a roadmap planned within the capacity a query gives, or a 400 naming the field. */
export function reportWithinCapacity(
  assessment: Assessment,
  reviews: readonly Review[],
  text: string,
  language: Language,
): ScoreReport {
  const parsed = parseCapacity(text);
  // The problems parseCapacity gives have their French in error-messages-fr.ts (reasons after `capacity: `).
  if ("problem" in parsed) {
    const message = `capacity: ${parsed.problem}`;
    throw new HttpError(400, "invalid_request", message, { field: "capacity" });
  }
  return reportIn(verifiedReport(assessment, reviews, parsed.capacity), language);
}

/** How firm the stages are, under plausible variations of the method; seeded by the assessment and its version. */
export function sensitivityRoute({ store }: AppDeps) {
  return route({
    method: "get",
    path: "/api/assessments/:id/sensitivity",
    access: ["official", "admin"],
    summary: "Stage probabilities and index bands over plausible methods, and the headline stage under each lens",
    tag: "assessments",
    params: idParams,
    responses: { 200: { description: "Sensitivity", schema: sensitivityResponse }, ...errors(401, 403, 404) },
    handler: async (c, { params, principal }) => {
      const assessment = await ownAssessment(store, principal, params.id);
      const seed = seedFrom(`${assessment.id}:${assessment.version}`);
      const instrument = pinnedInstrument(assessment);
      return c.json(
        sensitivity(instrument, assessment.answers, assessment.profile, { draws: SENSITIVITY_DRAWS, seed }),
      );
    },
  });
}
