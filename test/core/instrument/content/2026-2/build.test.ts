import { describe, expect, it } from "vitest";
import { keptIndicator, keptRecommendation } from "../../../../../functions/core/instrument/content/2026-2/build.ts";
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

  it("allow na only where a profile condition is given", () => {
    const plain = keptIndicator("elite-image", { ...meta, institution: "defence", guidance: "some guidance" });
    expect(plain.naAllowed).toBe(false);
    expect(plain).not.toHaveProperty("naWhen");
    const when = { profile: "contribution-type", excludes: "police" } as const;
    const allowed = keptIndicator("elite-image", { ...meta, institution: "defence", guidance: "g", naWhen: when });
    expect(allowed).toMatchObject({ naAllowed: true, naWhen: when });
  });
});
