import { render } from "preact";
import { App } from "./app.tsx";
import { initAuth } from "./auth/session.ts";
import "./styles/app.css";
import "./styles/print.css";

const root = document.getElementById("app")!;
initAuth().finally(() => render(<App />, root));
