import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  INDEX_PROJECTED_ATTRIBUTES,
  MAX_PROJECTED_ATTRIBUTES,
  TABLE_ACTIONS,
} from "../../functions/contract/table-contract.ts";
import { TABLE_ACTIONS as GRANTED } from "../../infra/constructs/api-construct.ts";
import { sourceFiles } from "../support/import-graph.ts";

/** SDK command classes → the IAM action each one performs (document-client names included). */
const ACTION_OF: Record<string, string> = {
  GetCommand: "GetItem",
  PutCommand: "PutItem",
  UpdateCommand: "UpdateItem",
  DeleteCommand: "DeleteItem",
  BatchGetCommand: "BatchGetItem",
  BatchWriteCommand: "BatchWriteItem",
  TransactGetCommand: "TransactGetItems",
  TransactWriteCommand: "TransactWriteItems",
  ScanCommand: "Scan",
  QueryCommand: "Query",
};

/** Every command class imported from the DynamoDB SDK packages anywhere under `dir`. */
function commandsImported(dir: string): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"@aws-sdk\/(?:lib|client)-dynamodb"/g)) {
      for (const name of (m[1] as string).split(",").map((n) => n.trim().replace(/^type\s+/, ""))) {
        if (/Command$/.test(name)) found.add(name);
      }
    }
  }
  return found;
}

describe("the DynamoDB actions IAM grants", () => {
  const commands = commandsImported(resolve(import.meta.dirname, "../../functions/store"));

  it("are exactly the ones functions/store performs, derived from the SDK commands it imports", () => {
    expect(commands.size).toBeGreaterThan(0);
    const derived = [...commands].map((name) => {
      const action = ACTION_OF[name] ?? name.replace(/Command$/, "");
      return `dynamodb:${action}`;
    });
    expect(new Set(derived)).toEqual(new Set(TABLE_ACTIONS));
  });

  it("are what infra grants (the stack test checks the synthesized role holds these and no other)", () => {
    expect(GRANTED).toBe(TABLE_ACTIONS);
  });
});

describe("what the indexes project", () => {
  it("stays within CloudFormation's 20 non-key attributes per index, or synth fails", () => {
    expect(INDEX_PROJECTED_ATTRIBUTES.length).toBeLessThanOrEqual(MAX_PROJECTED_ATTRIBUTES);
  });

  it("names no key attribute (keys are always projected)", () => {
    expect(INDEX_PROJECTED_ATTRIBUTES.filter((a) => /^(pk|sk|gsi\dpk|gsi\dsk)$/.test(a))).toEqual([]);
  });
});
