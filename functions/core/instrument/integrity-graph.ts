/**
 * Finds cycles in a directed graph given as adjacency lists. Each cycle is returned as a path that starts and ends
 * at the same node (for example `["a", "b", "a"]`). Edges to nodes absent from the graph are ignored, since
 * dangling references are reported separately.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, "visiting");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === "visiting") cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (seen === undefined && graph.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) visit(node);
  }
  return cycles;
}
