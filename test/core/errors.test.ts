import { describe, expect, it } from "vitest";
import {
  ConflictError,
  DomainError,
  NotFoundError,
  UnavailableError,
  UnprocessableError,
  ValidationError,
} from "../../functions/core/errors.ts";

describe("domain errors", () => {
  it.each([
    [new NotFoundError("assessment"), "not_found", "assessment not found", "NotFoundError"],
    [new ConflictError("version_conflict", "stale", { current: 1 }), "version_conflict", "stale", "ConflictError"],
    [
      new UnprocessableError("idempotency_key_reused", "reused"),
      "idempotency_key_reused",
      "reused",
      "UnprocessableError",
    ],
    [new ValidationError("cycle", "cycle: too early"), "invalid_request", "cycle: too early", "ValidationError"],
    [new UnavailableError(), "unavailable", "The service is busy; retry shortly", "UnavailableError"],
  ])("%s carries its code, message and name", (error, code, message, name) => {
    expect(error).toBeInstanceOf(DomainError);
    expect([error.code, error.message, error.name]).toEqual([code, message, name]);
  });

  it("keeps the cause it was given", () => {
    const cause = new Error("sdk said no");
    expect(new UnavailableError(1, { cause }).cause).toBe(cause);
    expect(new ConflictError("c", "m", undefined, { cause }).cause).toBe(cause);
    expect(new ValidationError("f", "m", { cause }).cause).toBe(cause);
  });

  it("names the invalid field and the retry delay", () => {
    expect(new ValidationError("cycle", "x").details).toEqual({ field: "cycle" });
    expect(new UnavailableError(3).retryAfterSeconds).toBe(3);
  });
});
