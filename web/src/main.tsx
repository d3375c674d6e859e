import { render } from "preact";
import { App } from "./app.tsx";
import { currentSession, initAuth } from "./auth/session.ts";
import { initLocale } from "./i18n/preference.ts";
import { parseRoute } from "./router.ts";
import { prefetchQuestionnaire } from "./state/questionnaire-data.ts";
import "./styles/app.css";
import "./styles/print.css";

const root = document.getElementById("app")!;
const ready = Promise.allSettled([initAuth(), initLocale()]);
// initAuth has set up the token by now (its first, synchronous step): the questionnaire's data can start loading.
prefetchQuestionnaire(parseRoute(location.hash), currentSession()?.role);
ready.finally(() => render(<App />, root));
