import { describe, expect, it } from "vitest";
import { ownerRoleLabels } from "../../../functions/core/instrument/content/2026-2/build.ts";
import { deploymentDependentIds } from "../../../functions/core/instrument/content/2026-2/profile-contribution.ts";
import { seedParagraphs } from "../../../functions/core/instrument/content/2026-2/sources.ts";
import { unPeaceOpsReadiness2026_1 as previous } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-1.ts";
import { unPeaceOpsReadiness2026_2 as instrument } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-2.ts";
import { checkInstrumentIntegrity } from "../../../functions/core/instrument/integrity.ts";
import { instrumentSchema, type Source } from "../../../functions/core/instrument/schema.ts";
import { questionOf } from "./helpers.ts";

const indicators = instrument.dimensions.flatMap((d) => d.indicators);
const gates = instrument.dimensions.flatMap((d) =>
  d.gates.map((g) => ({ ...g, id: `${g.indicatorId}@${g.forStage}` })),
);
const sourced: [string, { readonly sources?: readonly Source[] | undefined }][] = [
  ...indicators.map((i): [string, typeof i] => [`indicator ${i.id}`, i]),
  ...gates.map((g): [string, typeof g] => [`gate ${g.id}`, g]),
  ...instrument.riskRules.map((r): [string, typeof r] => [`rule ${r.id}`, r]),
  ...instrument.recommendations.map((r): [string, typeof r] => [`recommendation ${r.id}`, r]),
];

describe("instrument un-peace-ops-readiness 2026.2", () => {
  it("passes the schema and every integrity check", () => {
    expect(instrumentSchema.safeParse(instrument).error).toBeUndefined();
    expect(checkInstrumentIntegrity(instrument)).toEqual([]);
  });

  it.each(sourced)("%s names at least one source, and seed sources name a paragraph that exists", (_, item) => {
    expect(item.sources?.length ?? 0).toBeGreaterThan(0);
    for (const source of item.sources ?? []) {
      if (source.kind !== "seed") continue;
      const n = Number(/^seed ¶(\d+):/.exec(source.ref)?.[1]);
      expect(Object.keys(seedParagraphs)).toContain(String(n));
    }
  });

  it("credits the article in a rationale only when the recommendation cites the seed", () => {
    for (const r of instrument.recommendations) {
      const citesSeed = (r.sources ?? []).some((s) => s.kind === "seed");
      if (/\barticle\b/i.test(r.rationale.en)) expect(citesSeed, r.id).toBe(true);
    }
  });

  it("marks the seed's contested items as normative, and no UN-only item", () => {
    const normative = new Set(indicators.filter((i) => i.normative).map((i) => i.id));
    for (const id of ["public-narrative", "unlearning-assumptions", "local-ownership-acceptance"]) {
      expect(normative).toContain(id);
    }
    for (const i of indicators.filter((x) => x.normative)) {
      expect(
        i.sources?.some((s) => s.kind === "seed"),
        i.id,
      ).toBe(true);
    }
  });

  it("gives every indicator an owning institution and guidance, and every recommendation an owner role", () => {
    for (const i of indicators) {
      expect(i.institution, i.id).toBeDefined();
      expect(i.guidance?.en.length ?? 0, i.id).toBeGreaterThan(20);
    }
    for (const r of instrument.recommendations) {
      expect(r.ownerRole, r.id).toBeDefined();
      expect(r.owner.en).toBe(ownerRoleLabels[r.ownerRole!]);
    }
  });

  it("tags reform areas per item: some indicators differ from their dimension's area", () => {
    const differing = instrument.dimensions.flatMap((d) => d.indicators.filter((i) => i.reformArea !== d.reformArea));
    expect(differing.map((i) => i.id)).toEqual(expect.arrayContaining(["casualty-evacuation", "national-caveats"]));
  });

  it("has four distinct level texts per indicator, none shared with another indicator", () => {
    const texts = indicators.flatMap((i) => i.levels.map((l) => l.en));
    expect(new Set(texts).size).toBe(texts.length);
    for (const i of indicators) expect(i.levels[3].en, i.id).toMatch(/^As level 2, (and|with) /);
  });

  it("maps every 2026.1 indicator to exactly one 2026.2 indicator", () => {
    const mapped = indicators.flatMap((i) => i.replaces ?? []);
    const old = previous.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
    expect([...mapped].sort()).toEqual([...old].sort());
  });

  it("re-asks the three re-scoped indicators instead of carrying their levels", () => {
    const reanswer = indicators.filter((i) => i.carryRule === "re-answer").map((i) => [i.id, i.replaces]);
    expect(reanswer).toEqual(
      expect.arrayContaining([
        ["political-mandate", ["parliamentary-mandate"]],
        ["national-decision-speed", ["field-delegated-authority"]],
        ["force-generation-channels", ["un-force-generation"]],
      ]),
    );
  });

  it("caps exactly the deployment-dependent indicators at 2 when the country has not deployed, and nothing else", () => {
    const status = questionOf(structuredClone(instrument), "deployment-status");
    const flagged = indicators.filter((i) => i.deploymentDependent).map((i) => i.id);
    expect([...flagged].sort()).toEqual([...deploymentDependentIds].sort());
    const caps = status.options.flatMap((o) => o.caps ?? []);
    expect(caps.map((c) => c.indicatorId).sort()).toEqual([...flagged].sort());
    expect(new Set(caps.map((c) => c.level))).toEqual(new Set([2]));
    expect(status.options.every((o) => o.raises === undefined && o.baseline === undefined)).toBe(true);
    for (const i of indicators.filter((x) => x.deploymentDependent)) expect(i.levels[3].en, i.id).toMatch(/deploy/);
  });

  it("asks the contribution types and operation types the review found missing", () => {
    const options = (id: string) => questionOf(structuredClone(instrument), id).options.map((o) => o.id);
    expect(options("contribution-type")).toEqual(
      expect.arrayContaining(["training-provider", "technology", "finance", "senior-leadership"]),
    );
    expect(options("operation-type")).toEqual(["peacekeeping-operation", "special-political-mission"]);
  });

  it("raises targets consistently by region", () => {
    const regions = questionOf(structuredClone(instrument), "regions").options;
    for (const o of regions)
      expect(
        o.raises?.map((r) => r.indicatorId),
        o.id,
      ).toContain("cultural-political-awareness");
    for (const id of ["west-central-africa", "east-africa"]) {
      const raised = regions.find((o) => o.id === id)?.raises?.map((r) => r.indicatorId);
      expect(raised).toEqual(expect.arrayContaining(["poc-crsv-gender", "casualty-evacuation"]));
    }
  });

  it("holds the indicators and recommendations the review asked for", () => {
    const ids = new Set(indicators.map((i) => i.id));
    for (const id of [
      "conduct-discipline",
      "coe-self-sustainment",
      "pledge-delivery",
      "capability-demand-fit",
      "technology-innovation",
      "governance-engagement",
      "civilian-wog-training",
      "interoperability",
      "results-monitoring",
    ]) {
      expect(ids).toContain(id);
    }
    expect(gates.map((g) => g.indicatorId)).toContain("conduct-discipline");
    const recs = new Set(instrument.recommendations.map((r) => r.id));
    for (const id of [
      "national-investigation-officers",
      "human-rights-screening",
      "coe-readiness-review",
      "pledge-to-requirements",
      "pay-assessments-on-time",
      "senior-leadership-slate",
      "offer-technology",
      "public-education-linkages",
      "report-micro-results",
      "counter-disinformation",
    ]) {
      expect(recs).toContain(id);
    }
  });

  it("never allows na on a gate indicator, and allows it elsewhere only under a profile condition", () => {
    for (const d of instrument.dimensions) {
      for (const g of d.gates)
        expect(d.indicators.find((i) => i.id === g.indicatorId)?.naAllowed, g.indicatorId).toBe(false);
    }
    const allowed = indicators.filter((i) => i.naAllowed);
    expect(allowed.map((i) => i.id).sort()).toEqual([
      "civilian-rosters",
      "coe-self-sustainment",
      "language-capability",
      "technology-innovation",
    ]);
    for (const i of allowed) expect(i.naWhen, i.id).toBeDefined();
  });

  it("names five cumulative stages with a PCRS crosswalk from stage 3, and floors UN minimums at level 2", () => {
    expect(instrument.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5]);
    expect(instrument.stages.filter((s) => s.pcrs).map((s) => s.stage)).toEqual([3, 4, 5]);
    expect(instrument.floorTargets).toEqual([
      { indicatorId: "pdt-certification", level: 2 },
      { indicatorId: "national-caveats", level: 2 },
      { indicatorId: "casualty-evacuation", level: 2 },
      { indicatorId: "conduct-discipline", level: 2 },
    ]);
  });
});
