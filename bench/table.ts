/** One row of the `npm run bench` table. Every section returns rows measured in the same run. */
export interface BenchRow {
  section: string;
  metric: string;
  value: number;
  unit: string;
  /** e.g. "≥ 20000" or "≤ 50"; shown beside the figure. */
  target?: string;
  /** Whether the figure meets its target (undefined when there is none). */
  ok?: boolean;
  /** Free text, e.g. "0.42× JSON round trip". */
  note?: string;
}

export type BenchSection = () => Promise<BenchRow[]>;
