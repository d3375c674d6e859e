import { render } from "preact";
import { App } from "./app.tsx";
import { configCanWait, connectAuth, currentSession, loadAuthConfig } from "./auth/session.ts";
import { initLocale } from "./i18n/preference.ts";
import { parseRoute } from "./router.ts";
import { prefetchQuestionnaire } from "./state/questionnaire-data.ts";
import "./styles/app.css";
import "./styles/print.css";

/** How long the first render may wait for a questionnaire's data, rather than show "Loading…" for a blink. */
const FIRST_VIEW_WAIT_MS = 500;

const root = document.getElementById("app")!;
connectAuth();
// The API client has the remembered token now: the questionnaire's data can start loading.
const firstView = prefetchQuestionnaire(parseRoute(location.hash), currentSession()?.role);
const waited = firstView && Promise.race([firstView, new Promise((done) => setTimeout(done, FIRST_VIEW_WAIT_MS))]);
// A remembered session's first page needs no configuration: /config.json is then read after the first render.
const configLater = configCanWait();
const config = configLater ? undefined : loadAuthConfig();
Promise.allSettled([config, initLocale(), waited]).finally(() => {
  render(<App />, root);
  if (configLater) void loadAuthConfig();
});
