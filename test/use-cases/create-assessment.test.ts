import { describe, expect, it } from "vitest";
import type { Assessment } from "../../functions/core/assessment.ts";
import { NotFoundError } from "../../functions/core/errors.ts";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { unPeaceOpsReadiness2026_1 as v1 } from "../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import {
  type AssessmentCreationStore,
  CopyAcrossInstrumentsError,
  createAssessment,
} from "../../functions/use-cases/create-assessment.ts";

function memoryStore(existing: Assessment[]): AssessmentCreationStore & { writes: string[] } {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const writes: string[] = [];
  return {
    writes,
    find: async (id) => byId.get(id),
    create: async (input) => {
      writes.push("create");
      const a = { ...input, id: `new-${writes.length}`, version: 1, answers: {}, profile: {} } as unknown as Assessment;
      byId.set(a.id, a);
      return a;
    },
    patch: async (id, version, changes) => {
      writes.push("patch");
      return { ...(byId.get(id) as Assessment), version: version + 1, ...changes } as Assessment;
    },
  };
}

const input = { country: "CAN", cycle: 2027, instrumentId: v1.id, instrumentVersion: v1.version };
const source = (over: Partial<Assessment>) =>
  ({ id: "s", ...input, cycle: 2026, answers: {}, profile: {}, ...over }) as Assessment;

describe("createAssessment", () => {
  it("refuses a source of another instrument or country before writing anything", async () => {
    const store = memoryStore([source({ id: "a", instrumentId: "other" }), source({ id: "b", country: "FRA" })]);
    await expect(createAssessment(store, input, v1, findInstrument, "a")).rejects.toBeInstanceOf(
      CopyAcrossInstrumentsError,
    );
    await expect(createAssessment(store, input, v1, findInstrument, "b")).rejects.toBeInstanceOf(NotFoundError);
    expect(store.writes).toEqual([]);
  });

  it("creates without filling when the source has nothing to carry", async () => {
    const store = memoryStore([source({ id: "empty" })]);
    const created = await createAssessment(store, input, v1, findInstrument, "empty");
    expect(store.writes).toEqual(["create"]);
    expect(created.toReanswer).toHaveLength(33);
  });

  it("fails loudly when the source's instrument version is no longer published", async () => {
    const store = memoryStore([source({ id: "gone", instrumentVersion: "1999.1" })]);
    await expect(createAssessment(store, input, v1, findInstrument, "gone")).rejects.toThrow(/missing/);
  });
});
