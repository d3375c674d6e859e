import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, importsOf, sourceFiles } from "../support/import-graph.ts";

const root = resolve(import.meta.dirname, "../../functions");

describe("the import graph of functions/", () => {
  const files = sourceFiles(root);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it("resolves every relative import to a file under functions/ or a package", () => {
    const missing = [...graph.values()].flat().filter((target) => target.startsWith(root) && !graph.has(target));
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });

  it("has no cycle at all, type-only imports included (DESIGN)", () => {
    const found = cycles(graph).map((component) => component.map((f) => relative(root, f)));
    expect(found).toEqual([]);
  });

  it("finds cycles when there are some (the check itself works)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c", "d"]],
      ["c", ["a"]],
      ["d", []],
      ["e", ["e2"]],
      ["e2", ["e"]],
    ]);
    expect(cycles(graph).sort()).toEqual([
      ["a", "b", "c"],
      ["e", "e2"],
    ]);
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("keeps the functions/ root to the two entries and their composition", () => {
    const rootFiles = readdirSync(root).filter((name) => name.endsWith(".ts"));
    expect(rootFiles.sort()).toEqual(["config.ts", "lambda-credentials.ts", "lambda.ts", "local.ts", "runtime.ts"]);
  });

  it("keeps local-only code out of what the Lambda entry loads", () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk(join(root, "lambda.ts"));
    expect([...reached].map((f) => relative(root, f)).filter((f) => f.startsWith("local"))).toEqual([]);
  });
});
