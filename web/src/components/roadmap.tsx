import { horizons, reformAreas } from "../../../functions/core/vocabulary.ts";
import type { Instrument, ScoreReport } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";

type Rec = ScoreReport["recommendations"][number];
type Content = Instrument["recommendations"][number];

/** A report carries what was computed (rank, phase, why); the words come from its pinned instrument version. */
function Item({ rec, content }: { rec: Rec; content: Content | undefined }) {
  return (
    <li class="rec">
      <h4>
        <span class="rank">{m.results.rank(rec.rank)}</span> {content ? lt(content.title) : rec.id}
      </h4>
      {content && <p>{lt(content.action)}</p>}
      <dl>
        {content && (
          <>
            <dt>{m.results.owner}</dt>
            <dd>{lt(content.owner)}</dd>
          </>
        )}
        <dt>{m.results.why}</dt>
        <dd>{rec.why}</dd>
      </dl>
    </li>
  );
}

/** Recommendations by horizon (0–6, 6–18, 18–36 months), then by reform area, each with its "why". */
export function Roadmap({ recommendations, instrument }: { recommendations: Rec[]; instrument: Instrument }) {
  if (recommendations.length === 0) return <p>{m.results.noRecs}</p>;
  const contentOf = new Map(instrument.recommendations.map((r) => [r.id, r]));
  return (
    <div class="roadmap">
      {horizons.map((h) => {
        const inH = recommendations.filter((r) => r.horizon === h);
        if (inH.length === 0) return null;
        return (
          <section key={h} class="horizon" aria-labelledby={`h-${h}`}>
            <h3 id={`h-${h}`}>{m.results.horizon(h)}</h3>
            {reformAreas.map((area) => {
              const items = inH.filter((r) => r.reformArea === area).sort((a, b) => a.rank - b.rank);
              if (items.length === 0) return null;
              return (
                <div key={area} class="area">
                  <p class="area-name">{m.results.reformAreas[area]}</p>
                  <ol class="recs">
                    {items.map((r) => (
                      <Item key={r.id} rec={r} content={contentOf.get(r.id)} />
                    ))}
                  </ol>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
