import { m } from "../i18n/index.ts";
import { CohortDashboard } from "./cohort-dashboard.tsx";
import { CountryProfiles } from "./country-profile.tsx";

/** The analysts' area, loaded on demand with dynamic import(). */
export default function AnalystApp({ route }: { route: string[] }) {
  const [head, arg, other] = route;
  if (head === undefined) return <CohortDashboard />;
  if (head === "profiles") return <CountryProfiles key={arg ?? ""} country={arg} other={other} />;
  return <p>{m.app.notFound}</p>;
}
