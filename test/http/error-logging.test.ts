import { Hono } from "hono";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotFoundError, UnavailableError } from "../../functions/core/errors.ts";
import { onError } from "../../functions/http/errors.ts";
import { translateSdkError } from "../../functions/store/sdk-errors.ts";

function appThrowing(error: Error) {
  const app = new Hono();
  app.onError(onError);
  app.get("/x", () => {
    throw error;
  });
  return app;
}

function logged(spy: ReturnType<typeof vi.spyOn>): Record<string, unknown>[] {
  return spy.mock.calls.map((args: unknown[]) => {
    expect(args).toHaveLength(1);
    const line = args[0] as string;
    expect(line).not.toContain("\n");
    return JSON.parse(line) as Record<string, unknown>;
  });
}

afterEach(() => vi.restoreAllMocks());

describe("server failures are logged", () => {
  it("a 503 as one JSON line with its stack and the SDK error that caused it", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const sdk = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    const translated = translateSdkError(sdk);
    expect(translated).toBeInstanceOf(UnavailableError);
    expect(translated.cause).toBe(sdk);
    const res = await appThrowing(translated).request("/x");
    expect(res.status).toBe(503);
    const [entry] = logged(spy);
    expect(entry).toMatchObject({ level: "error", status: 503, name: "UnavailableError" });
    expect(entry?.stack).toContain("UnavailableError");
    expect(entry?.cause).toMatchObject({ name: "ThrottlingException", message: "Rate exceeded" });
    expect(JSON.stringify(await res.json())).not.toContain("Rate exceeded");
  });

  it("a 500 as one JSON line with its stack, nothing of it in the response", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await appThrowing(new TypeError("secret detail", { cause: new Error("deeper") })).request("/x");
    expect(res.status).toBe(500);
    const [entry] = logged(spy);
    expect(entry).toMatchObject({ status: 500, name: "TypeError", message: "secret detail" });
    expect(String(entry?.stack)).toMatch(/TypeError: secret detail\n\s+at /);
    expect(entry?.cause).toMatchObject({ message: "deeper" });
    expect(await res.text()).not.toContain("secret");
  });

  it("a client error is not logged as a failure", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await appThrowing(new NotFoundError("assessment")).request("/x")).status).toBe(404);
    expect(spy).not.toHaveBeenCalled();
  });
});
