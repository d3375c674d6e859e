import type { Assessment, Snapshot } from "../core/assessment.ts";
import { NotFoundError } from "../core/errors.ts";
import { findInstrument } from "../core/instrument/catalogue.ts";
import type { Instrument } from "../core/instrument/schema.ts";
import type { Store } from "../store/create-store.ts";
import { countryBound, type Principal } from "./auth/principal.ts";

/**
 * Officials and reviewers see only their own country; to them another country's data does not exist (404, not
 * 403). What each role may do with what it sees is the route table's business (reviewers never write answers).
 */
function visibleTo(principal: Principal | undefined, country: string): boolean {
  if (principal?.role === "admin") return true;
  return principal !== undefined && countryBound(principal.role) && principal.country === country;
}

export async function ownAssessment(store: Store, principal: Principal | undefined, id: string): Promise<Assessment> {
  const assessment = await store.assessments.find(id);
  if (!assessment || !visibleTo(principal, assessment.country)) throw new NotFoundError("assessment");
  return assessment;
}

export async function ownSnapshot(store: Store, principal: Principal | undefined, id: string): Promise<Snapshot> {
  const snapshot = await store.snapshots.find(id);
  if (!snapshot || !visibleTo(principal, snapshot.country)) throw new NotFoundError("snapshot");
  return snapshot;
}

/** The instrument an assessment is pinned to; its absence is a deployment fault, not a client error. */
export function pinnedInstrument(assessment: Pick<Assessment, "instrumentId" | "instrumentVersion">): Instrument {
  const instrument = findInstrument(assessment.instrumentId, assessment.instrumentVersion);
  if (!instrument) throw new Error(`instrument ${assessment.instrumentId}@${assessment.instrumentVersion} missing`);
  return instrument;
}
