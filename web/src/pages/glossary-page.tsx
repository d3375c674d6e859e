import { evidenceGrades } from "#core/vocabulary.ts";
import { PageTitle } from "../components/page-title.tsx";
import { type GlossaryEntry, glossaryEn } from "../glossary/terms-en.ts";
import { glossaryFr } from "../glossary/terms-fr.ts";
import { locale, m, useLocale } from "../i18n/index.ts";

function Entries({ entries }: { entries: [string, GlossaryEntry][] }) {
  return (
    <dl class="glossary">
      {entries.map(([id, e]) => (
        <div key={id} id={`term-${id}`}>
          <dt>
            <strong>{e.term}</strong>
            {e.expansion && <span class="expansion"> ({e.expansion})</span>}
          </dt>
          <dd>{e.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The glossary: UN terms and acronyms the questions use, the evidence grades, and the report's figures. */
export default function GlossaryPage() {
  useLocale();
  const glossary = locale === "fr" ? glossaryFr : glossaryEn;
  const terms = Object.entries(glossary).sort(([, a], [, b]) => a.term.localeCompare(b.term, locale));
  return (
    <article class="glossary-page">
      <PageTitle text={m.glossary.title} />
      <p class="lead">{m.glossary.intro}</p>
      <section aria-labelledby="terms">
        <h2 id="terms">{m.glossary.terms}</h2>
        <Entries entries={terms.map(([id, e]) => [id, e])} />
      </section>
      <section aria-labelledby="grades">
        <h2 id="grades">{m.glossary.grades}</h2>
        <Entries entries={evidenceGrades.map((g) => [g, { term: m.q.grades[g] ?? g, text: m.q.gradeHelp[g] ?? "" }])} />
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures">{m.glossary.figures}</h2>
        <Entries entries={m.report.definitions.map(([term, text]) => [term, { term, text }])} />
      </section>
    </article>
  );
}
