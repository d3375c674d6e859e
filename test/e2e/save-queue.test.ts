import { describe, expect, it } from "vitest";
import { ApiError } from "../../web/src/api/client.ts";
import type { Answer, Assessment } from "../../web/src/api/types.ts";
import { PROFILE_KEY, SaveQueue } from "../../web/src/state/save-queue.ts";

/** Pure checks of the autosave queue (no browser): batching, failure, silent rebase and conflicts. */
function assessment(answers: Record<string, Answer> = {}, version = 1): Assessment {
  return {
    id: "a1",
    country: "CAN",
    cycle: 2026,
    instrumentId: "i",
    instrumentVersion: "2026.1",
    status: "draft",
    version,
    answers,
    profile: {},
    visibility: "private",
    createdAt: "",
    updatedAt: "",
  };
}

type Patch = { version: number; body: { answers?: Record<string, Answer | null> } };

function fakeServer(start: Assessment) {
  let current = start;
  const calls: Patch[] = [];
  let failNext = 0;
  const patch = async (_id: string, version: number, body: Patch["body"]) => {
    calls.push({ version, body });
    if (failNext > 0) {
      failNext -= 1;
      throw new ApiError(503, "unavailable", "down");
    }
    if (version !== current.version) throw new ApiError(409, "version_conflict", "stale", { current });
    const answers = { ...current.answers };
    for (const [k, v] of Object.entries(body.answers ?? {})) {
      if (v === null) delete answers[k];
      else answers[k] = v;
    }
    current = { ...current, answers, version: current.version + 1 };
    return current;
  };
  return {
    calls,
    patch,
    get current() {
      return current;
    },
    set current(a: Assessment) {
      current = a;
    },
    failOnce: () => {
      failNext = 1;
    },
  };
}

const deps = (s: ReturnType<typeof fakeServer>) => ({ patch: s.patch, load: async () => s.current, debounceMs: 5 });

describe("SaveQueue", () => {
  it("batches quick answers into one PATCH carrying only the changed indicators", async () => {
    const server = fakeServer(assessment());
    const q = new SaveQueue(assessment(), deps(server));
    q.setAnswer("x", { level: 1 });
    q.setAnswer("y", { level: 2 });
    expect(q.status).toBe("saving");
    await q.flush();
    expect(server.calls).toEqual([{ version: 1, body: { answers: { x: { level: 1 }, y: { level: 2 } } } }]);
    expect(q.status).toBe("saved");
    expect(q.server.version).toBe(2);
  });

  it("keeps a failed answer, shows failed, and saves it on retry", async () => {
    const server = fakeServer(assessment());
    const q = new SaveQueue(assessment(), deps(server));
    server.failOnce();
    q.setAnswer("x", { level: 3 });
    await q.flush();
    expect(q.status).toBe("failed");
    expect(q.answers.x).toEqual({ level: 3 });
    expect(q.dirty).toBe(true);
    await q.retry();
    expect(q.status).toBe("saved");
    expect(server.current.answers.x).toEqual({ level: 3 });
  });

  it("rebases silently when someone else changed other indicators", async () => {
    const server = fakeServer(assessment());
    const q = new SaveQueue(assessment(), deps(server));
    server.current = assessment({ other: { level: 0 } }, 2);
    q.setAnswer("x", { level: 1 });
    await q.flush();
    expect(q.status).toBe("saved");
    expect(server.current.answers).toEqual({ other: { level: 0 }, x: { level: 1 } });
  });

  it("asks theirs or mine when both changed the same indicator, and applies the choice", async () => {
    const server = fakeServer(assessment());
    const q = new SaveQueue(assessment(), deps(server));
    server.current = assessment({ x: { level: 0 } }, 2);
    q.setAnswer("x", { level: 2 });
    q.setProfile({ ambition: ["high"] });
    await q.flush();
    expect(q.status).toBe("conflict");
    expect(q.conflict).toEqual([{ key: "x", theirs: { level: 0 }, mine: { level: 2 } }]);
    await q.resolve({ x: "theirs", [PROFILE_KEY]: "mine" });
    expect(q.status).toBe("saved");
    expect(server.current.answers.x).toEqual({ level: 0 });
  });
});
