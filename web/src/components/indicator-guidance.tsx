import { useState } from "preact/hooks";
import type { Indicator } from "#core/instrument/schema.ts";
import { useGlossary } from "../glossary/load.ts";
import { type GlossaryId, termsIn } from "../glossary/matchers.ts";
import { lt, m, useLocale } from "../i18n/index.ts";
import { href } from "../router.ts";

/** Every text of an indicator a reader sees, in both languages, to find the glossary terms it uses. */
function textsOf(indicator: Indicator): string[] {
  const all = [indicator.title, indicator.question, ...indicator.levels];
  return all.flatMap((t) => Object.values(t as Record<string, string>));
}

const termsOf = new WeakMap<Indicator, GlossaryId[]>();

/** The glossary terms an indicator uses, found once per indicator (instruments do not change once loaded). */
function indicatorTerms(indicator: Indicator): GlossaryId[] {
  let terms = termsOf.get(indicator);
  if (!terms) {
    terms = termsIn(textsOf(indicator));
    termsOf.set(indicator, terms);
  }
  return terms;
}

/**
 * "Guidance" under a question: the instrument's own guidance, the office that usually knows the answer, and the
 * definitions of the UN terms the question uses (fetched when the reader opens it). Nothing when there is none.
 */
export function IndicatorGuidance({ indicator }: { indicator: Indicator }) {
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const glossary = useGlossary(locale, open);
  // The terms are looked for only when needed (opened, or nothing else to show): matching them against every text
  // of a dozen questions held up the first paint of a section.
  if (!indicator.guidance && !indicator.institution && indicatorTerms(indicator).length === 0) return null;
  // The body is built when the reader opens it: a section shows a dozen questions, each with its own guidance.
  return (
    <details class="guidance" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{m.q.guidance}</summary>
      {open && <GuidanceBody indicator={indicator} terms={indicatorTerms(indicator)} glossary={glossary} />}
    </details>
  );
}

function GuidanceBody({
  indicator,
  terms,
  glossary,
}: {
  indicator: Indicator;
  terms: GlossaryId[];
  glossary: ReturnType<typeof useGlossary>;
}) {
  return (
    <>
      {indicator.guidance && <p>{lt(indicator.guidance)}</p>}
      {indicator.institution && (
        <p>{m.q.knownBy(m.evidence.institutions[indicator.institution] ?? indicator.institution)}</p>
      )}
      {terms.length > 0 && (
        <dl>
          {terms.map((id) => (
            <div key={id}>
              <dt>{glossary?.[id].term ?? "…"}</dt>
              <dd>
                {glossary?.[id].expansion && <em>{glossary[id].expansion}. </em>}
                {glossary?.[id].text}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p class="help">
        <a href={href("glossary")}>{m.q.glossaryLink}</a>
      </p>
    </>
  );
}
