import { afterEach, describe, expect, it } from "vitest";
import { takeEarlyResponse } from "../../../web/src/api/early.ts";

const host = globalThis as { __reengageEarly?: unknown };

function started(responses: Record<string, Response | null>, lang = "en", at = Date.now()) {
  const pending = Object.fromEntries(Object.entries(responses).map(([path, res]) => [path, Promise.resolve(res)]));
  host.__reengageEarly = { at, lang, responses: pending };
}

afterEach(() => {
  delete host.__reengageEarly;
});

describe("taking a response the page asked for early", () => {
  it("gives it to the first ask of that path only", async () => {
    const res = new Response("{}", { status: 200 });
    started({ "/api/assessments/a": res });
    expect(await takeEarlyResponse("/api/assessments/a", "fr")).toBe(res);
    expect(takeEarlyResponse("/api/assessments/a", "fr")).toBeUndefined();
    expect(takeEarlyResponse("/api/assessments/b", "fr")).toBeUndefined();
  });

  it("uses an error only when it was asked in the app's language", async () => {
    started({ "/a": new Response("{}", { status: 404 }), "/b": new Response("{}", { status: 404 }) }, "en");
    expect((await takeEarlyResponse("/a", "en"))?.status).toBe(404);
    expect(await takeEarlyResponse("/b", "fr")).toBeNull();
  });

  it("leaves the app to ask itself after a network failure or when the response is old", async () => {
    started({ "/a": null });
    expect(await takeEarlyResponse("/a", "en")).toBeNull();
    started({ "/a": new Response("{}") }, "en", Date.now() - 60_000);
    expect(takeEarlyResponse("/a", "en")).toBeUndefined();
  });

  it("gives nothing when the page started nothing", () => {
    expect(takeEarlyResponse("/api/assessments/a", "en")).toBeUndefined();
  });
});
