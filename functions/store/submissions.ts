import type { Assessment, Snapshot } from "../core/assessment.ts";
import { ConflictError, UnprocessableError } from "../core/errors.ts";
import type { SnapshotEvidence } from "../core/evidence/snapshot-evidence.ts";
import type { ScoreReport } from "../core/scoring/types.ts";
import type { AssessmentsRepository } from "./assessments-repository.ts";
import { type IdempotencyRecord, idempotencyRepository } from "./idempotency-repository.ts";
import type { SnapshotsRepository } from "./snapshots-repository.ts";
import type { StoreContext } from "./store-context.ts";

export interface SubmitRequest {
  assessmentId: string;
  idempotencyKey: string;
  /** Hash of what was asked, so a reused key with another request is refused. */
  fingerprint: string;
  actor: string;
  score: (assessment: Assessment) => ScoreReport;
  /** The evidence behind the answers as submitted (grades, verified share, respondents). */
  evidence: (assessment: Assessment) => SnapshotEvidence;
}

/**
 * Submits an assessment exactly once per Idempotency-Key. The key's record fixes the snapshot id, version and time
 * before anything else is written, so every concurrent or retried caller builds the same snapshot, writes it at most
 * once, and returns what the table holds.
 */
export function submissions(ctx: StoreContext, assessments: AssessmentsRepository, snapshots: SnapshotsRepository) {
  const keysRepo = idempotencyRepository(ctx);

  async function submit(request: SubmitRequest, attempt = 0): Promise<Snapshot> {
    const assessment = await assessments.get(request.assessmentId);
    const proposal: IdempotencyRecord = {
      assessmentId: assessment.id,
      key: request.idempotencyKey,
      fingerprint: request.fingerprint,
      snapshotId: ctx.newId(),
      assessmentVersion: assessment.version,
      createdAt: ctx.now().toISOString(),
    };
    const { record } = await keysRepo.claim(proposal);
    if (record.fingerprint !== request.fingerprint) {
      throw new UnprocessableError("idempotency_key_reused", "This Idempotency-Key was used for a different request", {
        field: "Idempotency-Key",
      });
    }
    const existing = await snapshots.find(record.snapshotId);
    if (existing) {
      // A first attempt may have failed between writing the snapshot and marking the assessment: finish it.
      if (assessment.lastSnapshotId !== record.snapshotId && assessment.version === record.assessmentVersion) {
        await assessments.markSubmitted(assessment.id, record.assessmentVersion, record.snapshotId, record.createdAt);
      }
      return existing;
    }
    if (record.assessmentVersion !== assessment.version) {
      // The first attempt failed before its snapshot was written and the answers moved on: submit what is there now.
      if (attempt > 2) throw new ConflictError("submit_in_progress", "The assessment is changing; retry the submit");
      await keysRepo.reassign(record, proposal);
      return submit(request, attempt + 1);
    }
    await snapshots.putOnce(buildSnapshot(assessment, record, request));
    await assessments.markSubmitted(assessment.id, record.assessmentVersion, record.snapshotId, record.createdAt);
    return snapshots.get(record.snapshotId);
  }

  return { submit };
}

function buildSnapshot(assessment: Assessment, record: IdempotencyRecord, request: SubmitRequest): Snapshot {
  return {
    id: record.snapshotId,
    assessmentId: assessment.id,
    country: assessment.country,
    cycle: assessment.cycle,
    instrumentId: assessment.instrumentId,
    instrumentVersion: assessment.instrumentVersion,
    assessmentVersion: assessment.version,
    createdAt: record.createdAt,
    createdBy: request.actor,
    answers: assessment.answers,
    profile: assessment.profile,
    score: request.score(assessment),
    evidence: request.evidence(assessment),
  };
}
