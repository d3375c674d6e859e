import type { Assessment, Visibility } from "../core/assessment.ts";

/** The publication step several use cases share: bring an assessment's published results in line with it. */
export interface PublicationsPort {
  /**
   * Re-reads the assessment and publishes (or withdraws) its latest snapshot per its visibility, at most `cap`,
   * then recomputes the statistics it feeds.
   */
  refresh(
    assessment: Pick<Assessment, "id" | "country" | "cycle" | "instrumentId" | "instrumentVersion">,
    options: { minCount: number; cap?: Visibility },
  ): Promise<void>;
}
