import { describe, expect, it } from "vitest";
import type { Assessment } from "../../functions/core/assessment.ts";
import { ConflictError, ValidationError } from "../../functions/core/errors.ts";
import type { Changes } from "../../functions/core/validate-changes.ts";
import { type SaveChangesStore, saveChanges } from "../../functions/use-cases/save-changes.ts";
import { INSTRUMENT } from "../support/test-app.ts";

const assessment = {
  id: "a1",
  ...INSTRUMENT,
  version: 4,
  answers: { "casualty-risk-policy": { level: 2, evidence: "documented" } },
  profile: {},
} as unknown as Assessment;

function recordingStore() {
  const patches: [string, number, Changes][] = [];
  const store: SaveChangesStore = {
    assessments: {
      patch: async (id, expected, changes) => {
        patches.push([id, expected, changes]);
        return { ...assessment, version: expected + 1 };
      },
    },
    responses: { list: async () => [] },
  };
  return { store, patches };
}

describe("saveChanges", () => {
  it("writes only what changes, under the caller's version", async () => {
    const { store, patches } = recordingStore();
    const changes = {
      answers: { "casualty-risk-policy": { evidence: "documented", level: 2 }, "national-caveats": { level: 1 } },
    } as Changes;
    expect((await saveChanges(store, { assessment, expectedVersion: 4, changes })).version).toBe(5);
    expect(patches).toEqual([["a1", 4, { answers: { "national-caveats": { level: 1 } } }]]);
  });

  it("writes nothing and keeps the version when nothing changes", async () => {
    const { store, patches } = recordingStore();
    const changes = { answers: { "casualty-risk-policy": { level: 2, evidence: "documented" } } } as Changes;
    expect(await saveChanges(store, { assessment, expectedVersion: 4, changes })).toBe(assessment);
    expect(patches).toEqual([]);
  });

  it("still refuses a stale version when nothing changes", async () => {
    const { store, patches } = recordingStore();
    const saving = saveChanges(store, { assessment, expectedVersion: 3, changes: { answers: {} } });
    await expect(saving).rejects.toBeInstanceOf(ConflictError);
    expect(patches).toEqual([]);
  });

  it("refuses an indicator the pinned instrument lacks, naming it, before writing", async () => {
    const { store, patches } = recordingStore();
    const changes = { answers: { "no-such": { level: 1 } } } as Changes;
    const error = await saveChanges(store, { assessment, expectedVersion: 4, changes }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details).toEqual({ field: "answers.no-such" });
    expect(patches).toEqual([]);
  });
});
