import type { Assessment, Snapshot } from "../core/assessment.ts";
import { NotFoundError } from "../core/errors.ts";
import type { Store } from "../store/create-store.ts";
import { countryBound, type Principal } from "./auth/principal.ts";

/**
 * Officials and reviewers see only their own country; to them another country's data does not exist (404, not
 * 403). What each role may do with what it sees is the route table's business (reviewers never write answers).
 */
function visibleTo(principal: Principal, country: string): boolean {
  if (principal.role === "admin") return true;
  return countryBound(principal.role) && principal.country === country;
}

export async function ownAssessment(store: Store, principal: Principal, id: string): Promise<Assessment> {
  const assessment = await store.assessments.find(id);
  if (!assessment || !visibleTo(principal, assessment.country)) throw new NotFoundError("assessment");
  return assessment;
}

export async function ownSnapshot(store: Store, principal: Principal, id: string): Promise<Snapshot> {
  const snapshot = await store.snapshots.find(id);
  if (!snapshot || !visibleTo(principal, snapshot.country)) throw new NotFoundError("snapshot");
  return snapshot;
}

export { pinnedInstrument } from "../use-cases/pinned-instrument.ts";
