import { createHash } from "node:crypto";
import type { Assessment, Snapshot } from "../core/assessment.ts";
import { snapshotEvidence } from "../core/evidence/published-evidence.ts";
import type { Review } from "../core/evidence/reviews.ts";
import { withVerification } from "../core/evidence/verification.ts";
import { scoreAssessment } from "../core/scoring/score-report.ts";
import type { SubmitRequest as SnapshotRequest } from "../store/submissions.ts";
import { pinnedInstrument } from "./pinned-instrument.ts";
import type { PublicationsPort } from "./publications-port.ts";

/** What submitting needs from the store. */
export interface SubmitStore {
  submissions: {
    /** Takes the snapshot exactly once per idempotency key; replays return the same snapshot. */
    submit(request: SnapshotRequest): Promise<Snapshot>;
  };
  reviews: { list(assessmentId: string): Promise<Review[]> };
  responses: { list(assessmentId: string): Promise<unknown[]> };
  publications: PublicationsPort;
}

export interface SubmitRequest {
  assessment: Assessment;
  idempotencyKey: string;
  /** What the caller sent: a replay with the same key must send the same. */
  body: { note?: string };
  actor: string;
  minCount: number;
}

/**
 * Submit, then publish. The snapshot records the score with its verified share and the evidence behind each answer
 * as the reviews and respondents stand now, judged against the answers the snapshot takes. Publishing comes after the snapshot, so a retried submit (same key) retries publishing too:
 * a failure between the two steps is repaired by the client's retry, never leaves an unsnapshotted publication.
 */
export async function submitAndPublish(store: SubmitStore, request: SubmitRequest): Promise<Snapshot> {
  const { assessment, minCount } = request;
  const [reviews, responses] = await Promise.all([
    store.reviews.list(assessment.id),
    store.responses.list(assessment.id),
  ]);
  const snapshot = await store.submissions.submit({
    assessmentId: assessment.id,
    idempotencyKey: request.idempotencyKey,
    fingerprint: createHash("sha256").update(JSON.stringify(request.body)).digest("hex"),
    actor: request.actor,
    score: (a) => {
      const instrument = pinnedInstrument(a);
      const report = scoreAssessment(instrument, a.answers, a.profile);
      return withVerification(report, instrument, a.answers, a.profile, reviews);
    },
    evidence: (a) => snapshotEvidence(pinnedInstrument(a), a.answers, reviews, responses.length),
  });
  await store.publications.refresh(assessment, { minCount });
  return snapshot;
}
