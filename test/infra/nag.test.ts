import { Validations } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { AwsSolutionsChecks } from "cdk-nag";
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

function violationsOf(stack: IConstruct) {
  const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack);
  return report.violations.map((v) => ({
    rule: v.ruleName,
    severity: v.severity,
    at: v.violatingResources.map((r) => r.constructPath),
  }));
}

describe.each([
  ["dev defaults", { stage: "dev" }],
  ["prod with optional MFA, no reserved concurrency", { stage: "prod", mfa: "optional", reservedConcurrency: "none" }],
])("cdk-nag AwsSolutions over the whole app (%s)", (_name, context) => {
  const { stack } = synthStack({ context });

  it("reports no unacknowledged finding, error or warning", () => {
    expect(violationsOf(stack)).toEqual([]);
  });

  it("gives every acknowledgement a reason", () => {
    const acks = acknowledgements(stack);
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
