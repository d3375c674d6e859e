import { useState } from "preact/hooks";
import { ApiError, api } from "../api/client.ts";
import type { AssessmentSummary } from "../api/types.ts";
import type { Session } from "../auth/session.ts";
import { ErrorBox, Loading, useAsync } from "../components/async.tsx";
import { CountryInput } from "../components/country-input.tsx";
import { type Column, DataTable } from "../components/data-table.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { formatDate, m } from "../i18n/index.ts";
import { href, navigate } from "../router.ts";
import { rememberCarry } from "../state/carried.ts";
import { compareNames, countryLabel, countryName } from "../state/countries.ts";
import { StartForm } from "./start-form.tsx";

function AssessmentTable({ items, reviewer }: { items: AssessmentSummary[]; reviewer: boolean }) {
  if (items.length === 0) return <p>{m.home.none}</p>;
  // By country name in the reader's language (the code while names load), newest cycle first.
  const byName = (a: AssessmentSummary, b: AssessmentSummary) =>
    compareNames(countryName(a.country), countryName(b.country)) || b.cycle - a.cycle;
  const sorted = [...items].sort(byName);
  const columns: Column<AssessmentSummary>[] = [
    { key: "status", header: m.home.status, cell: (a) => m.status[a.status] ?? a.status },
    { key: "visibility", header: m.home.visibility, cell: (a) => m.visibility[a.visibility] },
    { key: "updated", header: m.home.updated, cell: (a) => formatDate(a.updatedAt) },
    {
      key: "actions",
      header: m.home.actions,
      cell: (a) => (
        <span class="actions">
          {reviewer ? (
            <a href={href("a", a.id, "verify")}>{m.evidence.review(a.cycle)}</a>
          ) : (
            <>
              <a href={href("a", a.id)}>{m.home.open(a.cycle)}</a>
              <a href={href("a", a.id, "respond")}>{m.evidence.respond(a.cycle)}</a>
            </>
          )}
          <a href={href("a", a.id, "results")}>{m.home.results(a.cycle)}</a>
        </span>
      ),
    },
  ];
  return (
    <DataTable
      rowHeader={{ key: "cycle", header: m.home.assessment, cell: (a) => `${countryLabel(a.country)} ${a.cycle}` }}
      columns={columns}
      rows={sorted}
      rowKey={(a) => a.id}
    />
  );
}

export function HomePage({ session }: { session: Session }) {
  const [country, setCountry] = useState(session.country ?? "");
  const list = useAsync(() => api.assessments({ country: country || undefined }), [country]);
  async function onStart(body: Parameters<typeof api.createAssessment>[0]) {
    try {
      const created = await api.createAssessment(body);
      rememberCarry(created);
      navigate(href("a", created.id));
    } catch (e) {
      const existing = e instanceof ApiError ? (e.details?.assessmentId as string | undefined) : undefined;
      if (!existing) throw e;
      navigate(href("a", existing));
    }
  }
  const title = session.country ? m.home.title(countryLabel(session.country)) : m.home.titleAll;
  return (
    <section>
      <PageTitle text={title} />
      <p class="lead">{m.home.intro}</p>
      {!session.country && (
        <div class="field inline">
          <label for="country-filter">{m.home.countryFilter}</label>
          <CountryInput id="country-filter" value={country} live={false} onValue={setCountry} />
        </div>
      )}
      {list.loading && <Loading />}
      {list.error && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.data && <AssessmentTable items={list.data.items} reviewer={session.role === "reviewer"} />}
      {session.role !== "reviewer" && (
        <StartForm country={session.country ?? country} earlier={list.data?.items ?? []} onStart={onStart} />
      )}
    </section>
  );
}
