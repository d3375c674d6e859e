import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultProvider } from "../../functions/lambda-credentials.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Lambda credentials provider", () => {
  it("reads the role's credentials from the environment, as Lambda provides them", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret");
    vi.stubEnv("AWS_SESSION_TOKEN", "session");
    await expect(defaultProvider()()).resolves.toMatchObject({
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "secret",
      sessionToken: "session",
    });
  });

  it("fails, rather than looking elsewhere, when the environment has none", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "");
    await expect(defaultProvider()()).rejects.toThrow(/environment/i);
  });
});
