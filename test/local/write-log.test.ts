import { describe, expect, it } from "vitest";
import { WriteLog } from "../../functions/local/write-log.ts";

describe("WriteLog", () => {
  it("lets a read fill only when no write to its key started or ended since it began", () => {
    const log = new WriteLog(10);
    const before = log.now;
    expect(log.mayFill("a", before)).toBe(true);
    log.started("a");
    expect(log.mayFill("a", log.now)).toBe(false);
    expect(log.mayFill("b", before)).toBe(true);
    log.ended("a");
    expect(log.mayFill("a", before)).toBe(false);
    expect(log.mayFill("a", log.now)).toBe(true);
  });

  it("tells a lone write from overlapping ones", () => {
    const log = new WriteLog(10);
    log.started("a");
    const first = log.now;
    expect(log.isLoneWrite("a", first)).toBe(true);
    log.started("a");
    expect(log.isLoneWrite("a", first)).toBe(false);
    log.ended("a");
    log.ended("a");
    expect(log.mayFill("a", log.now)).toBe(true);
  });

  it("forgets the oldest keys beyond its bound, and then no read older than them may fill", () => {
    const log = new WriteLog(2);
    const before = log.now;
    log.started("a");
    log.ended("a");
    const afterA = log.now;
    log.started("b");
    log.ended("b");
    log.started("c");
    log.ended("c");
    expect(log.mayFill("a", before)).toBe(false);
    expect(log.mayFill("a", afterA)).toBe(true);
    expect(log.mayFill("z", before)).toBe(false);
  });
});
