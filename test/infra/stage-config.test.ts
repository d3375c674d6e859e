import { describe, expect, it } from "vitest";
import { readStageConfig } from "../../infra/stage-config.ts";

const read = (context: Record<string, unknown>) => readStageConfig((key) => context[key]);

describe("readStageConfig", () => {
  it("defaults to a dev stage with required MFA, reserved concurrency and nothing retained but the table", () => {
    expect(read({})).toEqual({
      stage: "dev",
      alarmEmail: undefined,
      domainPrefix: undefined,
      reservedConcurrency: 20,
      mfa: "required",
      retain: false,
      waf: false,
      threatProtection: false,
    });
  });

  it("retains by default in prod and reads every option from -c strings", () => {
    const config = read({
      stage: "prod",
      alarmEmail: "ops@example.org",
      domainPrefix: "reengage-prod-x1",
      reservedConcurrency: "50",
      mfa: "optional",
    });
    expect(config).toMatchObject({ stage: "prod", retain: true, reservedConcurrency: 50, mfa: "optional" });
    expect(config).toMatchObject({ waf: true, threatProtection: true });
    expect(config).toMatchObject({
      alarmEmail: "ops@example.org",
      domainPrefix: "reengage-prod-x1",
    });
    const prod = { stage: "prod", alarmEmail: "ops@example.org" };
    expect(read({ ...prod, retain: "false" }).retain).toBe(false);
    expect(read({ ...prod, waf: "false", threatProtection: "false" })).toMatchObject({
      waf: false,
      threatProtection: false,
    });
    expect(read({ stage: "test", waf: "true" }).waf).toBe(true);
    expect(read({ reservedConcurrency: "none" }).reservedConcurrency).toBeUndefined();
  });

  it.each([
    [{ stage: "Dev" }, /stage/],
    [{ stage: "a".repeat(16) }, /stage/],
    [{ alarmEmail: "not-an-email" }, /alarmEmail/],
    [{ domainPrefix: "my-cognito-app" }, /domainPrefix/],
    [{ domainPrefix: "-bad" }, /domainPrefix/],
    [{ reservedConcurrency: "0" }, /reservedConcurrency/],
    [{ reservedConcurrency: "ten" }, /reservedConcurrency/],
    [{ mfa: "off" }, /mfa/],
    [{ retain: "yes" }, /retain/],
    [{ waf: "on" }, /waf/],
    [{ stage: "prod" }, /alarmEmail is required for the prod stage/],
  ])("rejects %o", (context, message) => {
    expect(() => read(context)).toThrow(message);
  });
});
