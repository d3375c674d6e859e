import { existsSync } from "node:fs";
import { scoringBench } from "./scoring.ts";
import type { BenchRow, BenchSection } from "./table.ts";

/** A section written elsewhere: loaded only when its file exists, so the run works while others are unwritten. */
interface OptionalSection {
  name: string;
  file: string;
  exportName: string;
}

const optionalSections: readonly OptionalSection[] = [
  { name: "infra", file: "./infra.ts", exportName: "infraBench" },
  { name: "web", file: "./web.ts", exportName: "webBench" },
  { name: "api", file: "./api.ts", exportName: "apiBench" },
  { name: "think-tank", file: "./think-tank.ts", exportName: "thinkTankBench" },
  { name: "write-path", file: "./write-path.ts", exportName: "writePathBench" },
  { name: "method", file: "./method.ts", exportName: "methodBench" },
];

const sectionNames = ["scoring", ...optionalSections.map((s) => s.name)];

function problemRow(section: string, metric: string, note: string): BenchRow {
  return { section, metric, value: Number.NaN, unit: "", note };
}

async function loadSection(section: OptionalSection): Promise<BenchSection | string> {
  const url = new URL(section.file, import.meta.url);
  if (!existsSync(url)) return `bench/${section.file.slice(2)} not present`;
  const module = (await import(url.href)) as Record<string, unknown>;
  const run = module[section.exportName];
  return typeof run === "function"
    ? (run as BenchSection)
    : `bench/${section.file.slice(2)} has no ${section.exportName}`;
}

async function runSection(name: string, load: () => Promise<BenchSection | string>): Promise<BenchRow[]> {
  try {
    const section = await load();
    if (typeof section === "string") return [problemRow(name, "skipped", section)];
    return await section();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [problemRow(name, "error", message.split("\n")[0] ?? message)];
  }
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return "—";
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
}

function printTable(rows: readonly BenchRow[]): void {
  const header = ["section", "metric", "value", "unit", "target", "ok", "note"];
  const cells = rows.map((r) => [
    r.section,
    r.metric,
    formatValue(r.value),
    r.unit,
    r.target ?? "",
    r.ok === undefined ? "" : r.ok ? "yes" : "NO",
    r.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: readonly string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] as number)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

/** Runs the sections named on the command line (all when none), one after another, and prints one table. */
async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((name) => !sectionNames.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown bench section(s): ${unknown.join(", ")}; known: ${sectionNames.join(", ")}`);
    return 2;
  }
  const wanted = (name: string) => argv.length === 0 || argv.includes(name);
  const rows: BenchRow[] = [];
  let scoringFailed = false;
  if (wanted("scoring")) {
    const scoring = await runSection("scoring", async () => scoringBench);
    // Only a broken section fails the run: targets missed on a shared, noisy machine are reported, not fatal.
    scoringFailed = scoring.some((r) => r.metric === "error");
    rows.push(...scoring);
  }
  for (const section of optionalSections) {
    if (wanted(section.name)) rows.push(...(await runSection(section.name, () => loadSection(section))));
  }
  printTable(rows);
  return scoringFailed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
