import { describe, expect, it } from "vitest";
import {
  keptIndicator,
  keptRecommendation,
  naConditions,
} from "../../../../../functions/core/instrument/content/2026-2/build.ts";
import { expert } from "../../../../../functions/core/instrument/content/2026-2/sources.ts";

const meta = { reformArea: "training" as const, sources: [expert("test")] };

describe("2026.2 builders", () => {
  it("refuse to take over an indicator or recommendation 2026.1 does not have", () => {
    expect(() =>
      keptIndicator("no-such-indicator", { ...meta, institution: "defence", guidance: "some guidance text" }),
    ).toThrow(/2026.1 has no indicator "no-such-indicator"/);
    expect(() => keptRecommendation("no-such-rec", { ...meta, ownerRole: "parliament", rationale: "r" })).toThrow(
      /2026.1 has no recommendation "no-such-rec"/,
    );
  });

  it("keep a taken-over indicator's 2026.1 text and replace it by id, with the new metadata", () => {
    const kept = keptIndicator("elite-image", {
      ...meta,
      institution: "defence",
      guidance: "some guidance",
      weight: 2,
    });
    expect(kept.replaces).toEqual(["elite-image"]);
    expect(kept.weight).toBe(2);
    expect(kept.reformArea).toBe("training");
    expect(kept.levels[0].en).toMatch(/recruitment/);
  });

  it("record the profile conditions under which an indicator may be answered na", () => {
    expect(naConditions.get("coe-self-sustainment")).toBeUndefined();
    return import("../../../../../functions/core/instrument/content/un-peace-ops-readiness-2026-2.ts").then(() =>
      expect(naConditions.get("coe-self-sustainment")).toEqual({
        profile: "unit-contribution",
        includes: "individuals-only",
      }),
    );
  });
});
