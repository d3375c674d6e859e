/**
 * The constants of the ranking (METHODOLOGY §9 gives the reason for each). Severity × gap is on the scale of an
 * indicator's weight (1–3) times its level gap (1–3), so 1 to 9, or 18 for a gate indicator.
 */

/** A raised red flag weighs like a weight-3 indicator two levels short (HIGH) or one level short (MEDIUM). */
export const RED_FLAG_SEVERITY = { HIGH: 6, MEDIUM: 3 } as const;

/** A profile-triggered recommendation is relevant but closes no measured gap: the smallest gap there is. */
export const PROFILE_SEVERITY = 1;

/** Gate indicators cap stages, so closing them is worth twice an ordinary gap. */
export const GATE_SEVERITY_FACTOR = 2;

/** Bonus per triggered recommendation that waits on this one: four dependants double the priority. */
export const DEPENDENT_BONUS = 0.25;

/** A ministry can start a handful of reforms at once, not sixteen: at most this many "start here" per horizon. */
export const START_HERE_PER_HORIZON = 5;

/** Staff-months an effort of 1, 2 or 3 takes, for the capacity plan (an order of magnitude, not a costing). */
export const STAFF_MONTHS_BY_EFFORT = { 1: 1, 2: 3, 3: 6 } as const;

/** Staff-months a "find out first" item takes: one person asking the owning office. */
export const FIND_OUT_STAFF_MONTHS = 1;

/** The largest capacity one horizon may be given: 50 staff-years. More is a typo, not a plan. */
export const MAX_CAPACITY_STAFF_MONTHS = 600;
