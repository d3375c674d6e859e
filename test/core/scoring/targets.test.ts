import { describe, expect, it } from "vitest";
import { unPeaceOpsReadiness2026_2 as instrument } from "../../../functions/core/instrument/content/un-peace-ops-readiness-2026-2.ts";
import { scoreAssessment } from "../../../functions/core/scoring/score-report.ts";

describe("deployment status caps targets", () => {
  const high = { "target-readiness": ["high"], "mission-tasks": ["protection-of-civilians"] };

  it("lowers the deployment-dependent targets to 2 for a country not deployed, after raises", () => {
    const capped = scoreAssessment(instrument, {}, { ...high, "deployment-status": ["not-deployed-5-years"] }).targets;
    expect(capped["presence-beyond-bases"]).toBe(2);
    expect(capped["national-caveats"]).toBe(2);
    expect(capped["casualty-risk-policy"]).toBe(3);
  });

  it("leaves targets alone for a country deployed recently", () => {
    const deployed = scoreAssessment(
      instrument,
      {},
      { ...high, "deployment-status": ["deployed-last-5-years"] },
    ).targets;
    expect(deployed["presence-beyond-bases"]).toBe(3);
  });

  it("never refuses a level: a non-deployed country answering 3 keeps its 3", () => {
    const report = scoreAssessment(
      instrument,
      { "presence-beyond-bases": { level: 3 } },
      { "deployment-status": ["not-deployed-5-years"] },
    );
    expect(report.dimensions.find((d) => d.dimensionId === "risk-tolerance")?.index).toBe(100);
  });
});
