import type { Session } from "../auth/session.ts";
import { signOut } from "../auth/session.ts";
import { m } from "../i18n/index.ts";
import { href } from "../router.ts";
import { countryName } from "../state/countries.ts";
import { LanguageSwitch } from "./language-switch.tsx";

export function Header({ session }: { session: Session | null }) {
  const analyst = session && session.role !== "official";
  return (
    <header class="site-header">
      <div class="brand">
        <a href={href()} class="brand-name">
          {m.app.name}
        </a>
        <span class="tagline">{m.app.tagline}</span>
      </div>
      {session && (
        <nav aria-label={m.app.nav}>
          <ul>
            {session.role !== "analyst" && (
              <li>
                <a href={href()}>{m.app.home}</a>
              </li>
            )}
            {analyst && (
              <li>
                <a href={href("analyst")}>{m.app.analyst}</a>
              </li>
            )}
            {analyst && (
              <li>
                <a href={href("analyst", "profiles")}>{m.app.profiles}</a>
              </li>
            )}
            <li>
              <a href={href("glossary")}>{m.glossary.nav}</a>
            </li>
          </ul>
          <span class="who">
            {m.app.signedInAs(m.roles[session.role] ?? session.role, session.country && countryName(session.country))}
          </span>
          <button type="button" class="link-button" onClick={signOut}>
            {m.app.signOut}
          </button>
        </nav>
      )}
      <LanguageSwitch />
    </header>
  );
}
