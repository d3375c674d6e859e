import { useState } from "preact/hooks";
import { MAX_CAPACITY_STAFF_MONTHS } from "#core/recommendations/constants.ts";
import { type Horizon, horizons } from "#core/vocabulary.ts";
import { api } from "../api/client.ts";
import type { Instrument, ScoreReport } from "../api/types.ts";
import { formatNumber, m } from "../i18n/index.ts";
import { useAsync } from "./async.tsx";
import { DataTable } from "./data-table.tsx";
import { Roadmap } from "./roadmap.tsx";

type Capacity = Record<Horizon, number>;
type PlanRow = NonNullable<ScoreReport["capacityPlan"]>[number];

/** The `?capacity=` value the API reads: `0-6:3,6-18:6,18-36:12`. */
const capacityQuery = (capacity: Capacity): string => horizons.map((h) => `${h}:${capacity[h]}`).join(",");

function CapacityForm({
  busy,
  onPlan,
  onClear,
}: {
  busy: boolean;
  onPlan: (c: Capacity) => void;
  onClear: () => void;
}) {
  const [values, setValues] = useState<Record<Horizon, string>>({ "0-6": "", "6-18": "", "18-36": "" });
  const submit = (e: Event) => {
    e.preventDefault();
    onPlan({ "0-6": Number(values["0-6"]), "6-18": Number(values["6-18"]), "18-36": Number(values["18-36"]) });
  };
  return (
    <form class="capacity-form no-print" onSubmit={submit} aria-labelledby="capacity-title">
      <h3 id="capacity-title">{m.capacity.title}</h3>
      <p class="help" id="capacity-help">
        {m.capacity.help}
      </p>
      <div class="capacity-fields">
        {horizons.map((h) => (
          <div class="field" key={h}>
            <label for={`capacity-${h}`}>{m.capacity.field(m.results.horizon(h))}</label>
            <input
              id={`capacity-${h}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_CAPACITY_STAFF_MONTHS}
              step={1}
              required
              aria-describedby="capacity-help"
              value={values[h]}
              onInput={(e) => setValues({ ...values, [h]: e.currentTarget.value })}
            />
          </div>
        ))}
      </div>
      <p class="actions">
        <button type="submit" disabled={busy}>
          {busy ? m.capacity.planning : m.capacity.plan}
        </button>
        <button type="button" class="secondary" onClick={onClear}>
          {m.capacity.clear}
        </button>
      </p>
    </form>
  );
}

function PlanSummary({ plan }: { plan: PlanRow[] }) {
  return (
    <DataTable<PlanRow>
      caption={m.capacity.summaryCaption}
      rowHeader={{ key: "horizon", header: m.capacity.period, cell: (r) => m.results.horizon(r.horizon) }}
      columns={[
        { key: "capacity", header: m.capacity.capacity, num: true, cell: (r) => formatNumber(r.capacity) },
        { key: "used", header: m.capacity.used, num: true, cell: (r) => formatNumber(r.used) },
        { key: "chosen", header: m.capacity.chosen, num: true, cell: (r) => r.chosen.length },
      ]}
      rows={plan}
      rowKey={(r) => r.horizon}
      csvName="capacity-plan"
    />
  );
}

/**
 * The roadmap, optionally planned within the staff-months the official gives per period (METHODOLOGY §9,
 * capacity): the API then marks which actions the best plan within that capacity takes. Without a capacity the
 * page's report (and any capacity saved in the profile) stands.
 */
export function PlannedRoadmap({
  assessmentId,
  report,
  instrument,
}: {
  assessmentId: string;
  report: ScoreReport;
  instrument: Instrument;
}) {
  const [capacity, setCapacity] = useState<Capacity | undefined>(undefined);
  const query = capacity ? capacityQuery(capacity) : undefined;
  const planned = useAsync(() => (query ? api.score(assessmentId, query) : Promise.resolve(report)), [query, report]);
  const shown = query ? (planned.data ?? report) : report;
  return (
    <>
      <CapacityForm busy={planned.loading} onPlan={setCapacity} onClear={() => setCapacity(undefined)} />
      {planned.error && <p class="banner warn">{m.capacity.failed}</p>}
      {shown.capacityPlan && <PlanSummary plan={shown.capacityPlan} />}
      <Roadmap recommendations={shown.recommendations} instrument={instrument} />
    </>
  );
}
