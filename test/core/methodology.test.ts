import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Answer, Answers, Profile } from "../../functions/core/assessment.ts";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import type { Dimension, Gate } from "../../functions/core/instrument/schema.ts";
import * as rankingConstants from "../../functions/core/recommendations/constants.ts";
import { roundTo } from "../../functions/core/rounding.ts";
import * as methodConstants from "../../functions/core/scoring/method.ts";
import { scoreAssessment } from "../../functions/core/scoring/score-report.ts";
import * as sensitivityConstants from "../../functions/core/scoring/sensitivity.ts";
import type { ScoreReport } from "../../functions/core/scoring/types.ts";
import { ROBUST_STAGE_SHARE } from "../../functions/core/statistics/robustness.ts";
import { allMethodologyTables, METHODOLOGY_PATH, TABLES_END, TABLES_START } from "../../scripts/methodology-tables.ts";

// The worked example of METHODOLOGY.md is recomputed here and every figure its tables print is checked, so the
// document cannot drift from the code.
const doc = readFileSync(METHODOLOGY_PATH, "utf8");
const instrument = findInstrument("un-peace-ops-readiness", "2026.1")!;
const riskTolerance = instrument.dimensions.find((d) => d.id === "risk-tolerance")!;

/** The lines after `<!-- worked-example:<name> -->` up to the first blank line. */
function block(name: string): string[] {
  const marker = `<!-- worked-example${name.includes(":") ? "-" : ":"}${name} -->\n`;
  const at = doc.indexOf(marker);
  if (at < 0) throw new Error(`METHODOLOGY.md has no ${marker.trim()}`);
  const rest = doc.slice(at + marker.length);
  return rest.slice(0, rest.search(/\n\s*\n/)).split("\n");
}

/** Body rows of the table after a marker, cells trimmed and stripped of code and bold marks. */
function rows(name: string): string[][] {
  return block(name)
    .slice(2)
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.replace(/[`*]/g, "").trim()),
    );
}

interface Input {
  answers: Record<string, Answer>;
  everyIndicatorOf: Record<string, 0 | 1 | 2 | 3>;
  profile: Record<string, string[]>;
}

function exampleInput(): { answers: Answers; profile: Profile } {
  const json = block("input").slice(1, -1).join("\n");
  const input = JSON.parse(json) as Input;
  const answers: Record<string, Answer> = { ...input.answers };
  for (const [dimensionId, level] of Object.entries(input.everyIndicatorOf)) {
    const dimension = instrument.dimensions.find((d) => d.id === dimensionId)!;
    for (const indicator of dimension.indicators) answers[indicator.id] = { level };
  }
  return { answers, profile: input.profile };
}

const { answers, profile } = exampleInput();
const report = scoreAssessment(instrument, answers, profile, { method: "1.0.0" });
const levelOf = (id: string) => answers[id]?.level ?? "unanswered";
const weightOf = (id: string) => instrument.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)!.weight;
const gateText = (d: Dimension, id: string) =>
  d.gates
    .filter((g: Gate) => g.indicatorId === id)
    .map((g) => `level ≥ ${g.minLevel} for stage ${g.forStage}`)
    .join("; ") || "—";
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("METHODOLOGY.md worked example", () => {
  it("prints the risk-tolerance tally the code uses, row by row and in total", () => {
    const table = rows("index");
    const body = table.slice(0, -1);
    expect(body.map((r) => r[0])).toEqual(riskTolerance.indicators.map((i) => i.id));
    for (const [id, w, answer, applicable, counted, product, gate] of body as string[][]) {
      const level = levelOf(id as string);
      const hasLevel = typeof level === "number";
      expect([Number(w), answer, gate]).toEqual([weightOf(id as string), String(level), gateText(riskTolerance, id!)]);
      expect(Number(applicable)).toBe(level === "na" ? 0 : Number(w));
      expect(Number(counted)).toBe(hasLevel ? Number(w) : 0);
      expect(Number(product)).toBe(hasLevel ? Number(w) * level : 0);
    }
    const total = table.at(-1)!;
    const column = (i: number) => sum(body.map((r) => Number(r[i])));
    expect([total[1], total[3], total[4], total[5]].map(Number)).toEqual([column(1), column(3), column(4), column(5)]);
    const [, , , applicable, counted, product] = total.map(Number) as number[];
    const score = report.dimensions[0]!;
    expect(roundTo((100 * product!) / (3 * counted!), 2)).toBe(score.index);
    expect(roundTo(counted! / applicable!, 4)).toBe(score.coverage);
  });

  it("prints the percent-to-target sums the code uses", () => {
    const table = rows("percent-to-target");
    const body = table.slice(0, -1);
    const own = new Set(body.map((r) => r[0]!.split(",")[0]!));
    const covered: string[] = [];
    for (const [label, w, target, current, shortfall, required] of body as string[][]) {
      const group = instrument.dimensions.find((d) => d.id === label!.split(",")[0]);
      const ids = group ? group.indicators.map((i) => i.id).filter((id) => !own.has(id)) : [label!];
      covered.push(...ids);
      if (levelOf(ids[0]!) === "na") {
        expect([target, current, shortfall, required]).toEqual(["—", "na", "—", "—"]);
        continue;
      }
      const levels = ids.map((id) => levelOf(id)).map((l) => (typeof l === "number" ? l : 0));
      const targets = ids.map((id) => report.targets[id]!);
      expect(new Set(targets)).toEqual(new Set([Number(target)]));
      expect(new Set(levels)).toEqual(new Set([Number.parseInt(current!, 10)]));
      expect(Number(w)).toBe(sum(ids.map(weightOf)));
      expect(Number(shortfall)).toBe(sum(ids.map((id, i) => weightOf(id) * Math.max(0, targets[i]! - levels[i]!))));
      expect(Number(required)).toBe(sum(ids.map((id, i) => weightOf(id) * targets[i]!)));
    }
    expect(covered.sort()).toEqual(instrument.dimensions.flatMap((d) => d.indicators.map((i) => i.id)).sort());
    const total = table.at(-1)!;
    const counted = body.filter((r) => r[4] !== "—");
    expect(Number(total[4])).toBe(sum(counted.map((r) => Number(r[4]))));
    expect(Number(total[5])).toBe(sum(counted.map((r) => Number(r[5]))));
    expect(roundTo(1 - Number(total[4]) / Number(total[5]), 4)).toBe(report.overall.percentToTarget);
  });

  it("prints the top levers of the report", () => {
    const printed = rows("levers").map(([id, w, move, counted, points]) => {
      const [current, target] = move!.split("→").map(Number);
      return { id, w: Number(w), current, target, counted: Number(counted), points: Number(points!.split("=")[1]) };
    });
    expect(printed).toEqual(
      report.topLevers.map((l) => {
        const dimension = instrument.dimensions.find((d) => d.id === l.dimensionId)!;
        const counted = sum(dimension.indicators.filter((i) => typeof levelOf(i.id) === "number").map((i) => i.weight));
        return {
          id: l.indicatorId,
          w: weightOf(l.indicatorId),
          current: l.current,
          target: l.target,
          counted,
          points: l.pointsGained,
        };
      }),
    );
  });

  it("prints the ranked recommendations, priorities and phases of the report", () => {
    const printed = rows("recommendations");
    expect(printed.map((r) => r[1])).toEqual(report.recommendations.map((r) => r.id));
    printed.forEach(([rank, id, , s, effort, d, priority, horizon]) => {
      const ranked = report.recommendations.find((r) => r.id === id)!;
      const own = instrument.recommendations.find((r) => r.id === id)!;
      expect(Number(rank)).toBe(ranked.rank);
      expect(Number(effort)).toBe(own.effort);
      expect(Number(priority)).toBe(ranked.priority);
      expect(roundTo((Number(s) / Number(effort)) * (1 + 0.25 * Number(d)), 3)).toBe(ranked.priority);
      expect(horizon).toBe(`${own.horizon} → ${ranked.horizon}`);
    });
  });

  it("prints the figures of the report", () => {
    const figures = new Map(rows("figures").map(([key, value]) => [key!, value!]));
    const list = (ids: string[]) => ids.join(", ");
    const expected = new Map<string, string>([
      ["redFlags", list(report.redFlags.map((f) => f.ruleId))],
      ["findOut", list(report.findOut.map((f) => f.indicatorId))],
      ...Object.entries(report.overall).map(([k, v]): [string, string] => [`overall.${k}`, String(v)]),
    ]);
    for (const d of report.dimensions) {
      expected.set(`${d.dimensionId}.index`, String(d.index));
      expected.set(`${d.dimensionId}.stage`, String(d.stage));
      expected.set(`${d.dimensionId}.uncappedStage`, String(d.uncappedStage));
      expected.set(`${d.dimensionId}.coverage`, String(d.coverage));
      expected.set(`${d.dimensionId}.cappedBy`, list(d.cappedBy.map((g) => g.indicatorId)));
    }
    expect(figures.size).toBeGreaterThan(10);
    for (const [key, value] of figures) expect([key, value]).toEqual([key, expected.get(key)]);
  });

  it("prints in the prose only results that the figures table holds", () => {
    const example = doc.slice(doc.indexOf("## Worked example"), doc.indexOf("## Worked example under method 1.1"));
    const values = new Set(rows("figures").map((r) => r[1]));
    const bold = [...example.matchAll(/→ \*\*([\d.]+)\*\*/g)].map((m) => m[1]);
    expect(bold.length).toBeGreaterThan(3);
    for (const value of bold) expect(values).toContain(value);
  });
});

/** Every figure a 1.1 figures table may print, as the table prints it. */
function figuresOf(r: ScoreReport): Map<string, string> {
  const list = (items: readonly unknown[]) => items.join(", ");
  const figures = new Map<string, string>([
    ["findOut", list(r.findOut.map((f) => f.indicatorId))],
    ...Object.entries(r.overall).map(([k, v]): [string, string] => [`overall.${k}`, String(v)]),
  ]);
  for (const d of r.dimensions) {
    const of = (name: string, value: unknown) => figures.set(`${d.dimensionId}.${name}`, String(value));
    of("index", d.index);
    of("interval", list(d.interval ?? []));
    of("coverage", d.coverage);
    of("belowCoverage", d.belowCoverage);
    of("stage", d.stage);
    of("stageName", d.stageName);
    of("uncappedStage", d.uncappedStage);
    of("cappedBy", list(d.cappedBy.map((g) => g.indicatorId)));
  }
  return figures;
}

describe("METHODOLOGY.md worked example under method 1.1", () => {
  const live = scoreAssessment(instrument, answers, profile);
  const variant = scoreAssessment(instrument, { ...answers, "local-ownership-acceptance": { level: 1 } }, profile);

  it.each([
    ["1-1:figures", live],
    ["1-1:variant", variant],
  ])("prints the figures of the report (%s)", (name, report) => {
    expect(report.methodVersion).toBe("1.1.0");
    const expected = figuresOf(report);
    const printed = rows(name);
    expect(printed.length).toBeGreaterThan(8);
    for (const [key, value] of printed) expect([key, value]).toEqual([key, expected.get(key!)]);
  });

  it("keeps the 1.0 roadmap here, and the variant adds what its new answer triggers; no find-out item", () => {
    expect(live.recommendations.map((x) => x.id)).toEqual(report.recommendations.map((x) => x.id));
    const added = variant.recommendations
      .map((x) => x.id)
      .filter((id) => !live.recommendations.some((x) => x.id === id));
    expect(added).toEqual(["local-ownership-statement", "publish-local-partner-evaluation"]);
    for (const r of [live, variant])
      expect(r.recommendations.every((x) => x.kind === "action" && x.startHere === true)).toBe(true);
  });

  it("prints in its prose only results that its tables hold", () => {
    const section = doc.slice(doc.indexOf("## Worked example under method 1.1"), doc.indexOf("## Appendix"));
    const values = new Set([...rows("1-1:figures"), ...rows("1-1:variant")].flatMap((r) => r[1]!.split(", ")));
    const results = [...section.matchAll(/= (\d+(?:\.\d+)?)\b(?! [/×])/g)].map((m) => m[1]);
    expect(results.length).toBeGreaterThan(6);
    for (const value of results) expect(values).toContain(value);
  });
});

describe("METHODOLOGY.md constants", () => {
  const section = doc.slice(doc.indexOf("## Constants"), doc.indexOf("## Rounding"));
  const table = [...section.matchAll(/^\| ([^|]+) \| ([^|]+) \| `([A-Z_]+)` \|$/gm)].map((m) => ({
    value: m[2]!,
    name: m[3]!,
  }));
  const code: Record<string, unknown> = {
    ...rankingConstants,
    ...methodConstants,
    ...sensitivityConstants,
    ROBUST_STAGE_SHARE,
  };

  it("lists every constant of the ranking, the stages and the sensitivity", () => {
    const names = table.map((row) => row.name);
    const expected = [
      ...Object.keys(rankingConstants),
      "STAGE_THRESHOLDS",
      "COVERAGE_FLOOR",
      "TOP_LEVER_COUNT",
      "SENSITIVITY_DRAWS",
      "WEIGHT_LOW",
      "THRESHOLD_SHIFT",
      "LEVEL_SPACINGS",
      "ROBUST_STAGE_SHARE",
    ];
    expect([...names].sort()).toEqual([...expected].sort());
  });

  it("gives each its reason and prints the value the code uses", () => {
    const reasons = section.slice(section.indexOf("Why these values"));
    for (const { name, value } of table) {
      expect(reasons, name).toMatch(new RegExp(`^- .*\`${name}\``, "m"));
      const own = code[name];
      if (typeof own === "number") expect(value.startsWith(own.toLocaleString("en-US")), name).toBe(true);
    }
    const severity = rankingConstants.RED_FLAG_SEVERITY;
    expect(table.find((r) => r.name === "RED_FLAG_SEVERITY")?.value).toBe(`${severity.HIGH} / ${severity.MEDIUM}`);
    const thresholds = methodConstants.STAGE_THRESHOLDS.map((t) => t.minIndex).join(", ");
    expect(table.find((r) => r.name === "STAGE_THRESHOLDS")?.value).toBe(thresholds);
  });
});

describe("METHODOLOGY.md instrument tables", () => {
  it("match the instrument data (regenerate with npx tsx scripts/methodology-tables.ts --write)", () => {
    const start = doc.indexOf(TABLES_START) + TABLES_START.length;
    expect(doc.slice(start, doc.indexOf(TABLES_END)).trim()).toBe(allMethodologyTables());
  });
});
