import { horizons } from "#core/vocabulary.ts";
import type { Instrument, ScoreReport } from "../api/types.ts";
import { lt, m } from "../i18n/index.ts";
import { indicatorTitle } from "./flags-levers.tsx";

type Rec = ScoreReport["recommendations"][number];
type Reason = Rec["reasons"][number];
type Content = Instrument["recommendations"][number];

/** How many actions open the plan. */
export const START_HERE = 5;

/** One plain sentence per reason, from the report's structured reasons (not its joined English text). */
export function reasonText(instrument: Instrument, reason: Reason): string {
  if (reason.kind === "indicator")
    return m.report.whyIndicator(indicatorTitle(instrument, reason.indicatorId), reason.level, reason.target);
  if (reason.kind === "redFlag") {
    const rule = instrument.riskRules.find((r) => r.id === reason.ruleId);
    return m.report.whyFlag(m.flags[reason.severity] ?? reason.severity, rule ? lt(rule.message) : reason.ruleId);
  }
  if (reason.kind === "unknownPrerequisite") {
    const prerequisite = instrument.recommendations.find((r) => r.id === reason.prerequisiteId);
    const indicator = indicatorTitle(instrument, reason.indicatorId);
    return m.report.whyUnknownPrerequisite(indicator, prerequisite ? lt(prerequisite.title) : reason.prerequisiteId);
  }
  const question = instrument.profile.find((q) => q.id === reason.questionId);
  const option = question?.options.find((o) => o.id === reason.optionId);
  return m.report.whyProfile(lt(question?.text) || reason.questionId, lt(option?.label) || reason.optionId);
}

/** A "find out first" item (method 1.1) has no instrument text of its own: it names the indicator to find out. */
function itemTitle(instrument: Instrument, rec: Rec): string {
  const reason = rec.reasons[0];
  return reason?.kind === "unknownPrerequisite"
    ? m.report.findOutTitle(indicatorTitle(instrument, reason.indicatorId))
    : rec.id;
}

const effortDots = (effort: number) => "●".repeat(effort) + "○".repeat(3 - effort);

interface ItemProps {
  rec: Rec;
  content: Content | undefined;
  instrument: Instrument;
  ranks: Map<string, number>;
  /** Later actions print shorter (title, owner, effort, prerequisites), so the plan fits a short document. */
  later: boolean;
}

function Item({ rec, content, instrument, ranks, later }: ItemProps) {
  const needs = rec.prerequisites.map((id) => ranks.get(id)).filter((r): r is number => r !== undefined);
  return (
    <li class={later ? "rec later" : "rec"}>
      <h4>
        <span class="rank">{m.results.rank(rec.rank)}</span> {content ? lt(content.title) : itemTitle(instrument, rec)}
      </h4>
      {content && <p>{lt(content.action)}</p>}
      <dl>
        {content && (
          <>
            <dt class="owner-term">{m.results.owner}</dt>
            <dd class="owner-desc">{lt(content.owner)}</dd>
          </>
        )}
        <dt>{m.report.effort}</dt>
        <dd>
          <span aria-hidden="true">{effortDots(rec.effort)} </span>
          {m.report.effortLevel[rec.effort]}
        </dd>
        {rec.withinCapacity !== undefined && (
          <>
            <dt>{m.capacity.inPlan}</dt>
            <dd class={rec.withinCapacity ? "in-plan" : "not-in-plan"}>
              {rec.withinCapacity ? m.capacity.yes : m.capacity.no}
            </dd>
          </>
        )}
        {needs.length > 0 && (
          <>
            <dt>{m.report.needs}</dt>
            <dd>{needs.map((n) => m.results.rank(n)).join(", ")}</dd>
          </>
        )}
        <dt class="why-term">{m.results.why}</dt>
        <dd class="why-desc">
          <ul class="why">
            {rec.reasons.map((r) => (
              <li key={JSON.stringify(r)}>{reasonText(instrument, r)}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </li>
  );
}

/**
 * The plan: the first actions by rank ("start here"), then every action by horizon (0–6, 6–18, 18–36 months) and
 * owner, in rank order, each with its effort, what must come first and why.
 */
export function Roadmap({ recommendations, instrument }: { recommendations: Rec[]; instrument: Instrument }) {
  if (recommendations.length === 0) return <p>{m.results.noRecs}</p>;
  const contentOf = new Map(instrument.recommendations.map((r) => [r.id, r]));
  const ranks = new Map(recommendations.map((r) => [r.id, r.rank]));
  const ranked = [...recommendations].sort((a, b) => a.rank - b.rank);
  const first = ranked.slice(0, START_HERE);
  const rest = ranked.slice(START_HERE);
  const ownerOf = (r: Rec) => lt(contentOf.get(r.id)?.owner) || m.report.noOwner;
  const item = (r: Rec) => (
    <Item
      key={r.id}
      rec={r}
      content={contentOf.get(r.id)}
      instrument={instrument}
      ranks={ranks}
      later={r.rank > START_HERE}
    />
  );
  return (
    <div class="roadmap">
      <section class="start-here" aria-labelledby="start-here">
        <h3 id="start-here">{m.report.startHere}</h3>
        <ol class="recs">{first.map(item)}</ol>
      </section>
      {horizons.map((h) => {
        const inH = rest.filter((r) => r.horizon === h);
        if (inH.length === 0) return null;
        const owners = [...new Set(inH.map(ownerOf))];
        return (
          <section key={h} class="horizon" aria-labelledby={`h-${h}`}>
            <h3 id={`h-${h}`}>{m.results.horizon(h)}</h3>
            {owners.map((owner) => (
              <div key={owner} class="area">
                <p class="area-name">{owner}</p>
                <ol class="recs">{inH.filter((r) => ownerOf(r) === owner).map(item)}</ol>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
