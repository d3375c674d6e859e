import { localeNames, locales, m, useLocale } from "../i18n/index.ts";
import { chooseLocale } from "../i18n/preference.ts";

/** English / Français buttons; the pressed one is the current language. Each name is written in its own language. */
export function LanguageSwitch() {
  const current = useLocale();
  return (
    <fieldset class="language-switch no-print">
      <legend class="sr-only">{m.app.language}</legend>
      {locales.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          class="link-button"
          aria-pressed={l === current}
          onClick={() => void chooseLocale(l)}
        >
          {localeNames[l]}
        </button>
      ))}
    </fieldset>
  );
}
