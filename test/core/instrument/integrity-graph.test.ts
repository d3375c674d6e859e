import { describe, expect, it } from "vitest";
import { findCycles } from "../../../functions/core/instrument/integrity-graph.ts";

describe("findCycles", () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ["an empty graph", {}, []],
    ["a chain", { a: ["b"], b: ["c"], c: [] }, []],
    ["a diamond", { a: ["b", "c"], b: ["d"], c: ["d"], d: [] }, []],
    ["a self-loop", { a: ["a"] }, [["a", "a"]]],
    ["a three-node cycle", { a: ["b"], b: ["c"], c: ["a"] }, [["a", "b", "c", "a"]]],
    ["a cycle reached from a tail", { x: ["a"], a: ["b"], b: ["a"] }, [["a", "b", "a"]]],
    [
      "two separate cycles",
      { a: ["b"], b: ["a"], c: ["d"], d: ["c"] },
      [
        ["a", "b", "a"],
        ["c", "d", "c"],
      ],
    ],
    ["an edge to a missing node", { a: ["ghost"] }, []],
  ])("finds the cycles in %s", (_, adjacency, cycles) => {
    expect(findCycles(new Map(Object.entries(adjacency)))).toEqual(cycles);
  });
});
