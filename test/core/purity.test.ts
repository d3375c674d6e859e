import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const coreRoot = resolve(import.meta.dirname, "../../functions/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const forbiddenGlobals = /\b(Date\.now|new Date\(|Math\.random|crypto\.|process\.|setTimeout|fetch\()/;

describe("functions/core purity", () => {
  const files = sourceFiles(coreRoot);

  it("finds the core sources", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(coreRoot, f), f]))("%s imports only zod and files inside core", (_name, file) => {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(importPattern)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier === "zod") continue;
      expect(specifier.startsWith("."), `${specifier} is not relative`).toBe(true);
      const target = resolve(dirname(file), specifier);
      expect(target.startsWith(coreRoot), `${specifier} leaves functions/core`).toBe(true);
    }
  });

  it.each(files.map((f) => [relative(coreRoot, f), f]))("%s reads no clock, randomness or process", (_name, file) => {
    expect(readFileSync(file, "utf8")).not.toMatch(forbiddenGlobals);
  });

  it("would catch a forbidden import", () => {
    const sample = 'import { Hono } from "hono";\nimport x from "node:fs";';
    const found = [...sample.matchAll(importPattern)].map((m) => m[1]);
    expect(found).toEqual(["hono", "node:fs"]);
  });
});
