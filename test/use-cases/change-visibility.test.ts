import { describe, expect, it } from "vitest";
import type { Assessment, Visibility } from "../../functions/core/assessment.ts";
import { changeVisibility, type VisibilityStore } from "../../functions/use-cases/change-visibility.ts";

const assessment = { id: "a1", country: "CAN", cycle: 2026, visibility: "pooled" } as Assessment;
const request = {
  assessment,
  visibility: "public" as Visibility,
  actor: "u1",
  at: "2026-11-29T00:00:00Z",
  minCount: 5,
};

/** A store that records each call, and fails the call numbered `failAt` (1-based) when given. */
function recordingStore(failAt?: number) {
  const calls: string[] = [];
  const step = async (call: string) => {
    calls.push(call);
    if (calls.length === failAt) throw new Error(`${call} failed`);
  };
  const store: VisibilityStore = {
    visibilityLog: { append: (id, change) => step(`log ${id} ${change.previous}->${change.visibility}`) },
    publications: { refresh: (a, o) => step(`refresh ${a.id} cap=${o.cap ?? "none"} min=${o.minCount}`) },
    assessments: {
      setVisibility: async (id, v, at) => {
        await step(`set ${id} ${v} ${at}`);
        return { ...assessment, visibility: v };
      },
    },
  };
  return { store, calls };
}

describe("changeVisibility", () => {
  it("logs, withdraws to the new cap, stores the setting, then publishes, in that order", async () => {
    const { store, calls } = recordingStore();
    const change = await changeVisibility(store, request);
    expect(change).toEqual({ visibility: "public", previous: "pooled", changedAt: request.at, changedBy: "u1" });
    expect(calls).toEqual([
      "log a1 pooled->public",
      "refresh a1 cap=public min=5",
      `set a1 public ${request.at}`,
      "refresh a1 cap=none min=5",
    ]);
  });

  it.each([1, 2, 3, 4])("stops at a failing step %i and runs nothing after it", async (failAt) => {
    const { store, calls } = recordingStore(failAt);
    await expect(changeVisibility(store, request)).rejects.toThrow("failed");
    expect(calls).toHaveLength(failAt);
    // Whatever ran, the change was logged first, and publishing without a cap never preceded storing the setting.
    expect(calls[0]).toMatch(/^log /);
    const uncapped = calls.findIndex((c) => c.includes("cap=none"));
    if (uncapped >= 0) expect(calls.findIndex((c) => c.startsWith("set "))).toBeLessThan(uncapped);
  });
});
