import { render } from "preact";
import { App } from "./app.tsx";
import { currentSession, initAuth } from "./auth/session.ts";
import { initLocale } from "./i18n/preference.ts";
import { parseRoute } from "./router.ts";
import { prefetchQuestionnaire } from "./state/questionnaire-data.ts";
import "./styles/app.css";
import "./styles/print.css";

/** How long the first render may wait for a questionnaire's data, rather than show "Loading…" for a blink. */
const FIRST_VIEW_WAIT_MS = 500;

const root = document.getElementById("app")!;
const auth = initAuth();
// initAuth has set up the token by now (its first, synchronous step): the questionnaire's data can start loading.
const firstView = prefetchQuestionnaire(parseRoute(location.hash), currentSession()?.role);
const waited = firstView && Promise.race([firstView, new Promise((done) => setTimeout(done, FIRST_VIEW_WAIT_MS))]);
Promise.allSettled([auth, initLocale(), waited]).finally(() => render(<App />, root));
