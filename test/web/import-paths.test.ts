import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const web = resolve(import.meta.dirname, "../../web/src");
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const specifiers = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from\s+|import\()"([^"]+)"/g)].map((m) => m[1]);

describe("imports of web/src", () => {
  const files = sourceFiles(web);

  it("reach shared code through the package's path aliases (#core/*, #http/*), never by climbing out of web/", () => {
    expect(files.length).toBeGreaterThan(20);
    const climbing = files.flatMap((file) =>
      specifiers(file)
        .filter((s) => s?.startsWith("../") && !resolve(file, "..", s).startsWith(web))
        .map((s) => `${relative(web, file)}: ${s}`),
    );
    expect(climbing).toEqual([]);
  });

  it("do use the aliases (so the check above is not vacuous)", () => {
    const aliased = files.filter((file) => specifiers(file).some((s) => s?.startsWith("#core/")));
    expect(aliased.length).toBeGreaterThan(10);
  });
});
