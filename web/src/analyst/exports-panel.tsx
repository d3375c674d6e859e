import { useState } from "preact/hooks";
import { api } from "../api/client.ts";
import { saveBlob } from "../components/csv.ts";
import { m } from "../i18n/index.ts";

async function download(path: string, filename: string) {
  saveBlob(await api.exportFile(path), filename);
}

/** Export buttons: the files are fetched with the bearer token, then saved. */
export function ExportsPanel({ cycle }: { cycle: number }) {
  const [error, setError] = useState<string | null>(null);
  const files: [string, string, string][] = [
    [m.analyst.exportCsv, `/api/exports/scores.csv?cycle=${cycle}`, `reengage-scores-${cycle}.csv`],
    [m.analyst.exportJson, `/api/exports/scores.json?cycle=${cycle}`, `reengage-scores-${cycle}.json`],
    [m.analyst.codebook, "/api/exports/codebook.json", "reengage-codebook.json"],
  ];
  return (
    <section class="card" aria-labelledby="exports">
      <h2 id="exports">{m.analyst.exports}</h2>
      <p>{m.analyst.exportsIntro}</p>
      <p class="actions">
        {files.map(([label, path, name]) => (
          <button
            key={path}
            type="button"
            onClick={() => download(path, name).catch((e: Error) => setError(e.message))}
          >
            {label}
          </button>
        ))}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
