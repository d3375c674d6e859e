import type { Profile } from "../assessment.ts";
import { type Horizon, horizons } from "../vocabulary.ts";
import { MAX_CAPACITY_STAFF_MONTHS } from "./constants.ts";
import type { Capacity } from "./types.ts";

/** A capacity, or the reason the text is not one. */
export type CapacityInput = { capacity: Capacity } | { problem: string };

const isHorizon = (key: string): key is Horizon => horizons.some((h) => h === key);

/**
 * Reads `0-6:3,6-18:6,18-36:12` (staff-months per horizon). Every horizon must appear once, with a whole number of
 * staff-months from 0 to MAX_CAPACITY_STAFF_MONTHS.
 */
export function parseCapacity(text: string): CapacityInput {
  const given = new Map<Horizon, number>();
  for (const part of text.split(",")) {
    const [key = "", value = "", ...rest] = part.split(":");
    if (!isHorizon(key) || rest.length > 0) return { problem: `unknown horizon "${key}" (use 0-6, 6-18 and 18-36)` };
    if (given.has(key)) return { problem: `horizon ${key} is given twice` };
    if (!/^\d{1,4}$/.test(value) || Number(value) > MAX_CAPACITY_STAFF_MONTHS)
      return { problem: `staff-months for ${key} must be a whole number from 0 to ${MAX_CAPACITY_STAFF_MONTHS}` };
    given.set(key, Number(value));
  }
  const missing = horizons.filter((h) => !given.has(h));
  if (missing.length > 0) return { problem: `staff-months missing for ${missing.join(", ")}` };
  return {
    capacity: { "0-6": given.get("0-6") ?? 0, "6-18": given.get("6-18") ?? 0, "18-36": given.get("18-36") ?? 0 },
  };
}

/**
 * The profile key under which a country may save its capacity instead of sending `?capacity=`: one entry per
 * horizon, e.g. `{ "capacity": ["0-6:3", "6-18:6", "18-36:12"] }`. It is a method input, not an instrument question.
 */
export const CAPACITY_PROFILE_KEY = "capacity";

/** Reads the capacity saved in a profile (entries as in {@link CAPACITY_PROFILE_KEY}); no entries means none. */
export function profileCapacity(entries: readonly string[] | undefined): CapacityInput | undefined {
  if (entries === undefined || entries.length === 0) return undefined;
  return parseCapacity(entries.join(","));
}

/** The capacity a profile gives, if any; a malformed one (never saved: the PATCH refuses it) gives none. */
export function capacityFromProfile(profile: Profile): Capacity | undefined {
  const input = profileCapacity(profile[CAPACITY_PROFILE_KEY]);
  return input !== undefined && "capacity" in input ? input.capacity : undefined;
}
