import { Validations } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { synthStack } from "./synth-stack.ts";

/** Every acknowledgement (cdk-nag v3 suppression) in the tree, with the reason given for it. */
function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) =>
          Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ path: c.node.path, id, reason })),
        ),
    );
}

/** Both packs `npm run synth` applies: AwsSolutions and ServerlessChecks. */
function violationsOf(stack: IConstruct) {
  const packs = [
    new AwsSolutionsChecks(undefined, { verbose: true }),
    new ServerlessChecks(undefined, { verbose: true }),
  ];
  return packs
    .flatMap((pack) => pack.validateScope(stack).violations)
    .map((v) => ({
      rule: v.ruleName,
      severity: v.severity,
      at: v.violatingResources.map((r) => r.constructPath),
    }));
}

describe.each([
  ["dev defaults", { stage: "dev" }],
  ["prod defaults (WAF, threat protection)", { stage: "prod", alarmEmail: "ops@example.org" }],
  [
    "prod with optional MFA, no reserved concurrency, no WAF",
    { stage: "prod", alarmEmail: "ops@example.org", mfa: "optional", reservedConcurrency: "none", waf: "false" },
  ],
])("cdk-nag AwsSolutions and ServerlessChecks over the whole app (%s)", (_name, context) => {
  const { app } = synthStack({ context });

  it("reports no unacknowledged finding, error or warning", () => {
    expect(violationsOf(app)).toEqual([]);
  });

  it("gives every acknowledgement a reason", () => {
    const acks = acknowledgements(app);
    if (process.env.SHOW_ACKS) console.table(acks.map((a) => ({ ...a, path: a.path.replace(/^[^/]+\//, "") })));
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) expect(ack.reason.trim().length, `${ack.id} at ${ack.path}`).toBeGreaterThan(20);
  });
});

it("still reports what is not acknowledged (the check is live)", () => {
  const { stack } = synthStack({ context: { stage: "nagcheck" } });
  new Bucket(stack, "UnloggedProbe");
  expect(violationsOf(stack).map((v) => v.rule)).toEqual(
    expect.arrayContaining(["AwsSolutions-S1", "AwsSolutions-S10"]),
  );
});
