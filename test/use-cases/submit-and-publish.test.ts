import { describe, expect, it } from "vitest";
import type { Assessment, Snapshot } from "../../functions/core/assessment.ts";
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

function recordingStore(failSubmit = false) {
  const calls: string[] = [];
  const fingerprints: string[] = [];
  const store: SubmitStore = {
    submissions: {
      submit: async (r) => {
        calls.push(`submit ${r.assessmentId} ${r.idempotencyKey} by ${r.actor}`);
        fingerprints.push(r.fingerprint);
        if (failSubmit) throw new Error("submit failed");
        return { id: "s1", score: r.score(assessment) } as Snapshot;
      },
    },
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
