/**
 * The table's shape as both the store and infra/ declare it: its indexes, what each index projects, and the
 * DynamoDB actions the store performs (IAM grants exactly these; a test derives them from functions/store).
 */

export const TABLE_INDEXES = ["gsi1", "gsi2"] as const;

/** What an assessment list returns per item (GET /api/assessments). */
export const ASSESSMENT_SUMMARY_ATTRIBUTES = [
  "id",
  "country",
  "cycle",
  "status",
  "version",
  "instrumentId",
  "instrumentVersion",
  "updatedAt",
  "visibility",
] as const;

/** What a snapshot list reads per item (the summary takes `score.overall`). */
export const SNAPSHOT_SUMMARY_ATTRIBUTES = [
  "id",
  "assessmentId",
  "country",
  "cycle",
  "createdAt",
  "createdBy",
  "assessmentVersion",
  "score",
] as const;

/** Every attribute of a published entry: exports, analyst cohorts and profiles read whole entries from the indexes. */
export const PUBLICATION_ATTRIBUTES = [
  "country",
  "cycle",
  "instrumentId",
  "instrumentVersion",
  "visibility",
  "assessmentId",
  "snapshotId",
  "submittedAt",
  "score",
  "levels",
  "evidence",
] as const;

/** Every stored attribute of an analyst cohort (cohort lists return whole cohorts; `kind` is added on read). */
export const COHORT_ATTRIBUTES = ["id", "name", "countries", "createdBy", "createdAt"] as const;

/** CloudFormation accepts at most 20 non-key attributes per index projection (cfn-lint F3032). */
export const MAX_PROJECTED_ATTRIBUTES = 20;

/**
 * Both indexes project only what the lists read (INCLUDE), not whole items: an assessment's answers stay out of
 * them, so a PATCH rewrites a small index copy instead of the whole item twice more.
 */
export const INDEX_PROJECTED_ATTRIBUTES: readonly string[] = [
  ...new Set([
    ...ASSESSMENT_SUMMARY_ATTRIBUTES,
    ...SNAPSHOT_SUMMARY_ATTRIBUTES,
    ...PUBLICATION_ATTRIBUTES,
    ...COHORT_ATTRIBUTES,
  ]),
].sort();

/** The DynamoDB actions functions/store performs, on the table and (Query only) on its indexes. */
export const TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"] as const;
