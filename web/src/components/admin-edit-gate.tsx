import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { m } from "../i18n/index.ts";
import { href } from "../router.ts";
import { countryLabel } from "../state/countries.ts";

const key = (assessmentId: string) => `reengage.admin-edit.${assessmentId}`;

function acknowledged(assessmentId: string): boolean {
  try {
    return sessionStorage.getItem(key(assessmentId)) === "yes";
  } catch {
    return false;
  }
}

/**
 * An administrator opening a country's questionnaire is warned first: every change is saved as the country's answer
 * and recorded under the administrator's name. The choice lasts for this tab's session and this assessment only.
 */
export function AdminEditGate({
  assessmentId,
  country,
  children,
}: {
  assessmentId: string;
  country: string;
  children: ComponentChildren;
}) {
  const [ok, setOk] = useState(() => acknowledged(assessmentId));
  if (ok) return <>{children}</>;
  const proceed = () => {
    try {
      sessionStorage.setItem(key(assessmentId), "yes");
    } catch {
      // Without storage the warning simply comes back next time.
    }
    setOk(true);
  };
  return (
    <section class="card admin-gate" aria-labelledby="admin-gate-title">
      <h1 id="admin-gate-title">{m.admin.gateTitle(countryLabel(country))}</h1>
      <p class="banner warn">{m.admin.gateText(countryLabel(country))}</p>
      <p class="actions">
        <button type="button" class="primary" onClick={proceed}>
          {m.admin.gateProceed(countryLabel(country))}
        </button>
        <a href={href("a", assessmentId, "results")}>{m.admin.gateResults}</a>
        <a href={href()}>{m.app.backHome}</a>
      </p>
    </section>
  );
}
