import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishViaApi, uniformAnswers } from "../support/publishing.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

/** Commands that fail (as a DynamoDB 500, after the SDK's retries) while listed here. */
const failing = new Set<string>();

function injectFailures(client: DynamoDBDocumentClient) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (failing.has(String(context.commandName))) {
        throw Object.assign(new Error("Internal error"), {
          name: "InternalServerError",
          $fault: "server",
          $metadata: { httpStatusCode: 500 },
        });
      }
      return next(args);
    },
    { step: "initialize", name: "thinkTankFailures" },
  );
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ wrapClient: (table) => injectFailures(table.client), maxAttempts: 1, pooledMinCount: 3 });
  for (const country of ["KEN", "GHA", "NGA"]) await publishViaApi(t, country, 2026, uniformAnswers(2), "public");
}, 60_000);
afterAll(() => t.close());

describe("think-tank routes when the store fails", () => {
  it("answer an export with 503 and Retry-After rather than a truncated 200", async () => {
    failing.add("QueryCommand");
    try {
      const res = await t.call("GET", "/api/exports/scores.csv", { token: await t.token("analyst") });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("1");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    } finally {
      failing.clear();
    }
  });

  it("recompute on the retry of a visibility change whose recompute failed", async () => {
    const stats = "/api/cohorts/african/stats?instrument=un-peace-ops-readiness&version=2026.1&cycle=2026";
    const analyst = await t.token("analyst");
    const read = async () => (await (await t.call("GET", stats, { token: analyst })).json()) as Record<string, unknown>;
    expect(await read()).toMatchObject({ suppressed: false, n: 3 });
    const token = await t.token("official", "GHA");
    const listed = await t.call("GET", "/api/assessments?cycle=2026", { token });
    const id = ((await listed.json()) as { items: { id: string }[] }).items[0]!.id;
    const makePrivate = () =>
      t.call("PUT", `/api/assessments/${id}/visibility`, { token, body: { visibility: "private" } });

    // The only Query of a visibility change is the recompute's read of the publication set.
    failing.add("QueryCommand");
    const failed = await makePrivate();
    failing.clear();
    expect(failed.status).toBe(503);

    // The entry was withdrawn but the statistics were not recomputed; the retry must not take that for done.
    expect((await makePrivate()).status).toBe(200);
    expect(await read()).toEqual(expect.objectContaining({ suppressed: true }));
    expect(await read()).not.toHaveProperty("n");
  });
});
