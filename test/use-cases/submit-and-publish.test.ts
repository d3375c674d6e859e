import { describe, expect, it } from "vitest";
import type { Answer, Assessment, Snapshot } from "../../functions/core/assessment.ts";
import { answerFingerprint } from "../../functions/core/evidence/fingerprint.ts";
import { type SubmitStore, submitAndPublish } from "../../functions/use-cases/submit-and-publish.ts";
import { answersOf, instrument } from "../support/publishing.ts";
import { INSTRUMENT } from "../support/test-app.ts";

const assessment = {
  id: "a1",
  country: "CAN",
  cycle: 2026,
  ...INSTRUMENT,
  answers: answersOf([3, 2, 1]),
  profile: {},
} as unknown as Assessment;

const [verifiedId, changedId] = Object.keys(assessment.answers) as [string, string];
const review = (indicatorId: string, answer: Answer) => ({
  indicatorId,
  verdict: "verified" as const,
  reviewer: "r1",
  reviewedAt: "2026-11-01T00:00:00.000Z",
  answerFingerprint: answerFingerprint(answer),
});
// One current verdict, and one on an answer that has changed since (stale: it verifies nothing).
const reviews = [review(verifiedId, assessment.answers[verifiedId]!), review(changedId, { level: 0 })];

function recordingStore(failSubmit = false) {
  const calls: string[] = [];
  const fingerprints: string[] = [];
  const store: SubmitStore = {
    submissions: {
      submit: async (r) => {
        calls.push(`submit ${r.assessmentId} ${r.idempotencyKey} by ${r.actor}`);
        fingerprints.push(r.fingerprint);
        if (failSubmit) throw new Error("submit failed");
        return { id: "s1", score: r.score(assessment), evidence: r.evidence(assessment) } as Snapshot;
      },
    },
    reviews: { list: async () => reviews },
    responses: { list: async () => [{ respondent: "u1" }, { respondent: "u2" }] },
    publications: {
      refresh: async (a, o) => {
        calls.push(`refresh ${a.id} min=${o.minCount} cap=${o.cap ?? "none"}`);
      },
    },
  };
  return { store, calls, fingerprints };
}

describe("submitAndPublish", () => {
  it("snapshots with the pinned instrument's score, then publishes", async () => {
    const { store, calls } = recordingStore();
    const request = { assessment, idempotencyKey: "k1", body: {}, actor: "u1", minCount: 5 };
    const snapshot = await submitAndPublish(store, request);
    expect(calls).toEqual(["submit a1 k1 by u1", "refresh a1 min=5 cap=none"]);
    expect(snapshot.score.dimensions.map((d) => d.dimensionId)).toEqual(instrument.dimensions.map((d) => d.id));
  });

  it("records the evidence as reviews and respondents stand: grades, verified share, respondent count", async () => {
    const { store } = recordingStore();
    const request = { assessment, idempotencyKey: "k1", body: {}, actor: "u1", minCount: 5 };
    const snapshot = await submitAndPublish(store, request);
    expect(snapshot.evidence.grades[verifiedId]).toBe("externally-verified");
    expect(snapshot.evidence.grades[changedId]).toBe("self-declared");
    expect(snapshot.evidence.respondents).toBe(2);
    expect(snapshot.evidence.verifiedShare).toBeGreaterThan(0);
    expect(snapshot.evidence.verifiedShare).toBeLessThan(1);
    expect((snapshot.score.overall as { verifiedShare?: number }).verifiedShare).toBe(snapshot.evidence.verifiedShare);
  });

  it("publishes nothing when the snapshot fails", async () => {
    const { store, calls } = recordingStore(true);
    const request = { assessment, idempotencyKey: "k1", body: {}, actor: "u1", minCount: 5 };
    await expect(submitAndPublish(store, request)).rejects.toThrow("submit failed");
    expect(calls).toEqual(["submit a1 k1 by u1"]);
  });

  it("fingerprints what was sent, so a reused key with another note differs", async () => {
    const { store, fingerprints } = recordingStore();
    const base = { assessment, idempotencyKey: "k1", actor: "u1", minCount: 5 };
    await submitAndPublish(store, { ...base, body: { note: "a" } });
    await submitAndPublish(store, { ...base, body: { note: "a" } });
    await submitAndPublish(store, { ...base, body: { note: "b" } });
    expect(fingerprints[0]).toBe(fingerprints[1]);
    expect(fingerprints[2]).not.toBe(fingerprints[0]);
  });
});
