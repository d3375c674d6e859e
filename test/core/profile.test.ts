import { describe, expect, it } from "vitest";
import { countryProfile } from "../../functions/core/profile.ts";
import { publication } from "./statistics/publication-fixtures.ts";

describe("countryProfile", () => {
  const answers = { "r-a": { level: 2 as const, note: "not for publication" } };
  const entries = [
    publication("KEN", "public", { risk: 20 }, answers, 2024),
    publication("KEN", "public", { risk: 40 }, answers, 2026),
    publication("KEN", "pooled", { risk: 99 }, answers, 2027),
    publication("GHA", "public", { risk: 60 }, answers, 2026),
    publication("KEN", "public", { risk: 30 }, answers, 2025),
  ];

  it("shows the latest public snapshot and one public snapshot per cycle, newest first", () => {
    const profile = countryProfile("KEN", entries)!;
    expect(profile).toMatchObject({ country: "KEN", name: "Kenya", unRegionalGroup: "african" });
    expect(profile.latest).toMatchObject({ id: "s-KEN-2026", cycle: 2026, createdAt: "2026-06-01T00:00:00.000Z" });
    expect(profile.latest.answers).toEqual({ "r-a": { level: 2, evidence: "self-declared" } });
    expect(profile.latest.evidence).toEqual({ verifiedShare: 0, respondents: 1 });
    expect(profile.history.map((h) => h.cycle)).toEqual([2026, 2025, 2024]);
    expect(profile.history[0]).not.toHaveProperty("answers");
    expect(JSON.stringify(profile)).not.toContain("not for publication");
  });

  it("orders entries of the same cycle by submission time", () => {
    const later = { ...entries[1]!, snapshotId: "later", submittedAt: "2026-12-01T00:00:00.000Z" };
    expect(countryProfile("KEN", [entries[1]!, later])!.latest.id).toBe("later");
    expect(countryProfile("KEN", [later, entries[1]!])!.latest.id).toBe("later");
  });

  it("has no profile for a country with nothing public", () => {
    expect(countryProfile("KEN", [entries[2]!])).toBeUndefined();
    expect(countryProfile("NGA", entries)).toBeUndefined();
  });
});
