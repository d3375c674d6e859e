import { roundTo } from "../rounding.ts";
import { type Horizon, horizons } from "../vocabulary.ts";
import type { Candidate } from "./candidates.ts";
import type { Capacity, CapacityPlanHorizon } from "./types.ts";

/** A roadmap item as the plan sees it: its size, its value, the ids of what it waits on and its horizon. */
export type PlanItem = Pick<Candidate, "id" | "staffMonths" | "severityGap"> & { waitsOn: string[]; horizon: Horizon };

interface Search {
  items: readonly PlanItem[];
  capacity: number;
  /** Chosen in earlier horizons: an item waiting on one of these may be chosen. */
  before: ReadonlySet<string>;
  best: { value: number; chosen: string[] };
}

/** The most value the items from `from` on could add within `room`, taking fractions: a bound, never exceeded. */
function optimisticValue(items: readonly PlanItem[], from: number, room: number): number {
  const rest = items.slice(from).sort((a, b) => b.severityGap / b.staffMonths - a.severityGap / a.staffMonths);
  let value = 0;
  for (const item of rest) {
    if (room <= 0) break;
    const taken = Math.min(1, room / item.staffMonths);
    value += taken * item.severityGap;
    room -= taken * item.staffMonths;
  }
  return value;
}

/**
 * Branch and bound over the items in roadmap order (an item never precedes what it waits on): take it when it fits
 * and all it waits on is taken, or leave it. A branch that cannot beat the best found is cut. Ties keep the first
 * set found, which takes earlier-ranked items first.
 */
function search(s: Search, at: number, room: number, value: number, chosen: string[]): void {
  if (value > s.best.value) s.best = { value, chosen: [...chosen] };
  const item = s.items[at];
  if (item === undefined || value + optimisticValue(s.items, at, room) <= s.best.value) return;
  const ready = item.waitsOn.every((id) => s.before.has(id) || chosen.includes(id));
  if (ready && item.staffMonths <= room) {
    chosen.push(item.id);
    search(s, at + 1, room - item.staffMonths, value + item.severityGap, chosen);
    chosen.pop();
  }
  search(s, at + 1, room, value, chosen);
}

/**
 * The capacity plan (METHODOLOGY §9, capacity): horizon by horizon, the set of items that closes the most
 * severity × gap within that horizon's staff-months, each item taken only with everything it waits on taken in
 * the same or an earlier horizon. Exact: the search is complete, the bound only cuts what cannot win.
 */
export function planWithinCapacity(ordered: readonly PlanItem[], capacity: Capacity): CapacityPlanHorizon[] {
  const before = new Set<string>();
  return horizons.map((horizon) => {
    const items = ordered.filter((i) => i.horizon === horizon);
    const s: Search = { items, capacity: capacity[horizon], before, best: { value: 0, chosen: [] } };
    search(s, 0, s.capacity, 0, []);
    const chosen = items.filter((i) => s.best.chosen.includes(i.id));
    for (const item of chosen) before.add(item.id);
    const used = chosen.reduce((sum, i) => sum + i.staffMonths, 0);
    return {
      horizon,
      capacity: s.capacity,
      used,
      gapClosed: roundTo(s.best.value, 3),
      chosen: chosen.map((i) => i.id),
    };
  });
}
