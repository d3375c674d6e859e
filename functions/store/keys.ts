/** Key layout of the single table, in one place. */
export const keys = {
  assessment: (id: string) => ({ pk: `ASSESSMENT#${id}`, sk: "META" }),
  countryCycleClaim: (country: string, cycle: number) => ({ pk: `CLAIM#${country}#${cycle}`, sk: "CLAIM" }),
  assessmentsOfCountry: (country: string) => `COUNTRY#${country}`,
  allAssessments: "ASSESSMENTS",
  cycleSort: (cycle: number, id: string) => `${String(cycle).padStart(4, "0")}#${id}`,
  snapshot: (id: string) => ({ pk: `SNAPSHOT#${id}`, sk: "META" }),
  snapshotsOfAssessment: (assessmentId: string) => `SNAPSHOTS#${assessmentId}`,
  idempotency: (assessmentId: string, key: string) => ({ pk: `IDEMPOTENCY#${assessmentId}#${key}`, sk: "META" }),
  visibilityLog: (assessmentId: string) => `VISIBILITY#${assessmentId}`,
};

/** Strips key attributes so stored items come back as plain domain objects. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return rest as T;
}
