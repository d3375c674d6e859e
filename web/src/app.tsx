import type { Session } from "./auth/session.ts";
import { useSession } from "./auth/use-session.ts";
import { Header } from "./components/header.tsx";
import { lazy } from "./components/lazy.tsx";
import { m, useLocale } from "./i18n/index.ts";
import { HomePage } from "./pages/home-page.tsx";
import { QuestionnairePage } from "./pages/questionnaire-page.tsx";
import { SignInPage } from "./pages/sign-in-page.tsx";
import { href, useRoute } from "./router.ts";
import { useCountryNames } from "./state/countries.ts";

const ResultsPage = lazy(() => import("./pages/results-page.tsx"));
const ComparePage = lazy(() => import("./pages/compare-page.tsx"));
const ReviewPage = lazy(() => import("./pages/review-page.tsx"));
const RespondPage = lazy(() => import("./pages/respond-page.tsx"));
const AnalystApp = lazy(() => import("./analyst/analyst-app.tsx"));
const GlossaryPage = lazy(() => import("./pages/glossary-page.tsx"));

function skipToMain(e: Event) {
  e.preventDefault();
  document.getElementById("main")?.focus();
}

function NotFound() {
  return (
    <section>
      <h1>{m.app.notFound}</h1>
      <a href={href()}>{m.app.backHome}</a>
    </section>
  );
}

function Page({ route, session }: { route: string[]; session: Session }) {
  const [head, id, sub, section, focus] = route;
  if (head === undefined)
    return session.role === "analyst" ? <AnalystApp route={[]} /> : <HomePage session={session} />;
  if (head === "analyst") return <AnalystApp route={route.slice(1)} />;
  if (head === "glossary") return <GlossaryPage />;
  if (head !== "a" || !id) return <NotFound />;
  if (sub === "results") return <ResultsPage id={id} session={session} />;
  if (sub === "compare") return <ComparePage id={id} />;
  if (sub === "verify" || session.role === "reviewer") return <ReviewPage id={id} />;
  if (sub === "respond") return <RespondPage id={id} />;
  if (sub === undefined || sub === "q")
    return <QuestionnairePage key={id} id={id} section={section} focus={focus} asAdmin={session.role === "admin"} />;
  return <NotFound />;
}

export function App() {
  const { session, expired } = useSession();
  const route = useRoute();
  useLocale(); // a language switch re-renders every page in the new language
  useCountryNames(); // pages show country names once they arrive
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link for assistive tech; the click handler keeps the hash router's route */}
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {m.app.skip}
      </a>
      <Header session={session} />
      <main id="main" tabIndex={-1}>
        {expired && (
          <p class="banner warn" role="alert">
            {m.signIn.expired}
          </p>
        )}
        {session ? <Page route={route} session={session} /> : <SignInPage />}
      </main>
    </>
  );
}
