import type { Stage } from "./types.ts";

/** The scoring methods this code implements; every report names the one it used. */
export const METHOD_VERSIONS = ["1.0.0", "1.1.0"] as const;
export type MethodVersion = (typeof METHOD_VERSIONS)[number];

/** The method live scores use. Snapshots keep the method they were scored with. */
export const METHOD_VERSION: MethodVersion = "1.1.0";

/** The index a dimension needs for each stage (METHODOLOGY §3). */
export const STAGE_THRESHOLDS: readonly { stage: Stage; minIndex: number }[] = [
  { stage: 1, minIndex: 0 },
  { stage: 2, minIndex: 20 },
  { stage: 3, minIndex: 40 },
  { stage: 4, minIndex: 60 },
  { stage: 5, minIndex: 80 },
];

export const STAGES: readonly Stage[] = STAGE_THRESHOLDS.map((t) => t.stage);

/** Below this share of applicable weight answered, a dimension gets no stage (method 1.1, METHODOLOGY §3). */
export const COVERAGE_FLOOR = 0.8;

export const TOP_LEVER_COUNT = 5;
