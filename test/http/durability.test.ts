import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { startLocalServer } from "../support/local-server.ts";
import { INSTRUMENT } from "../support/test-app.ts";

const indicators = findInstrument("un-peace-ops-readiness", "2026.1")!.dimensions.flatMap((d) =>
  d.indicators.map((i) => i.id),
);

async function api(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, etag: res.headers.get("etag"), body: (await res.json()) as Record<string, unknown> };
}

describe("durability of the local server", () => {
  it("keeps every acknowledged write across a SIGKILL and restart", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "reengage-durable-"));
    const first = await startLocalServer({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, "no-web") });
    const token = (await api(first.url, "POST", "/api/dev/token", undefined, { role: "official", country: "IRL" })).body
      .token as string;
    const created = await api(first.url, "POST", "/api/assessments", token, {
      country: "IRL",
      cycle: 2026,
      ...INSTRUMENT,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    let etag = created.etag as string;
    const acknowledged: Record<string, { level: number }> = {};
    for (const [n, indicator] of indicators.slice(0, 15).entries()) {
      const res = await api(
        first.url,
        "PATCH",
        `/api/assessments/${id}`,
        token,
        { answers: { [indicator]: { level: n % 4 } } },
        { "if-match": etag },
      );
      expect(res.status).toBe(200);
      etag = res.etag as string;
      acknowledged[indicator] = { level: n % 4 };
    }
    const submitted = await api(
      first.url,
      "POST",
      `/api/assessments/${id}/submit`,
      token,
      {},
      { "idempotency-key": "durable" },
    );
    expect(submitted.status).toBe(201);

    await first.stop("SIGKILL");
    const second = await startLocalServer({ DATA_DIR: dataDir, WEB_DIST: join(dataDir, "no-web") });
    try {
      const after = await api(second.url, "GET", `/api/assessments/${id}`, token);
      expect(after.status).toBe(200);
      expect(after.body.answers).toEqual(acknowledged);
      expect(after.body.status).toBe("submitted");
      const snapshot = await api(second.url, "GET", `/api/snapshots/${submitted.body.id}`, token);
      expect(snapshot.body.answers).toEqual(acknowledged);
      expect(second.output()).toMatch(/Reengage listening on http:\/\/localhost:\d+/);
    } finally {
      expect(await second.stop("SIGTERM")).toBe(0);
    }
  });
});
