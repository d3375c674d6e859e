import { useState } from "preact/hooks";
import type { Role } from "../api/types.ts";
import { authConfig, signInCognito, signInLocal } from "../auth/session.ts";
import { CountryInput } from "../components/country-input.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { m } from "../i18n/index.ts";

const roles: Role[] = ["official", "analyst", "admin", "reviewer"];

function LocalForm() {
  const [role, setRole] = useState<Role>("official");
  const [country, setCountry] = useState("CAN");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsCountry = role === "official" || role === "reviewer";
  const valid = !needsCountry || /^[A-Z]{3}$/.test(country);
  async function onSubmit(e: Event) {
    e.preventDefault();
    if (!valid) return setError(m.signIn.countryInvalid);
    setBusy(true);
    setError(null);
    try {
      await signInLocal(role, needsCountry ? country : undefined);
    } catch {
      setError(m.signIn.failed);
      setBusy(false);
    }
  }
  return (
    <form class="card sign-in" onSubmit={onSubmit} noValidate>
      <p>{m.signIn.localNote}</p>
      <fieldset>
        <legend>{m.signIn.role}</legend>
        {roles.map((r) => (
          <label key={r} class="choice">
            <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
            {m.roles[r]}
          </label>
        ))}
      </fieldset>
      {needsCountry && (
        <div class="field">
          <label for="country">{m.signIn.country}</label>
          <CountryInput
            id="country"
            name="country"
            value={country}
            autoComplete="country"
            invalid={!valid}
            describedBy={valid ? undefined : "country-error"}
            onValue={setCountry}
          />
          {!valid && (
            <p id="country-error" class="field-error">
              {m.signIn.countryInvalid}
            </p>
          )}
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {m.signIn.submit}
      </button>
    </form>
  );
}

export function SignInPage() {
  const cognito = authConfig().authMode === "cognito";
  return (
    <section class="narrow">
      <PageTitle text={m.signIn.title} />
      <p class="lead">{m.signIn.intro}</p>
      {cognito ? (
        <div class="card">
          <p>{m.signIn.cognitoNote}</p>
          <button type="button" class="primary" onClick={() => void signInCognito()}>
            {m.signIn.cognito}
          </button>
        </div>
      ) : (
        <LocalForm />
      )}
    </section>
  );
}
