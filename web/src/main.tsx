import { render } from "preact";
import { App } from "./app.tsx";
import { initAuth } from "./auth/session.ts";
import { initLocale } from "./i18n/preference.ts";
import "./styles/app.css";
import "./styles/print.css";

const root = document.getElementById("app")!;
Promise.allSettled([initAuth(), initLocale()]).finally(() => render(<App />, root));
