/**
 * Ranks ids so that rank order is `localeCompare` order; ids that compare equal share a rank, so comparing ranks
 * gives exactly the sign `localeCompare` would. Computed once per instrument, it spares string comparisons when
 * levers and recommendations are tie-broken by id.
 */
export function collationRanks(ids: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(ids)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((id, i) => {
    if (i > 0 && (sorted[i - 1] as string).localeCompare(id) !== 0) rank += 1;
    ranks.set(id, rank);
  });
  return ranks;
}
