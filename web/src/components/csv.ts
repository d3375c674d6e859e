/** A value in a CSV cell; null is an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as
 * a formula (= + - @ at the start) gets a leading apostrophe, since answers and notes are typed by people.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends and a byte-order mark, so spreadsheet programs read accents right. */
export function toCsvText(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** Saves a blob under `filename` through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(filename: string, rows: CsvCell[][]): void {
  saveBlob(new Blob([toCsvText(rows)], { type: "text/csv;charset=utf-8" }), filename);
}
