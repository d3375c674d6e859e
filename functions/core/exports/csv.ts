/** A cell of an export: text, a number, or empty. */
export type CellValue = string | number | null;

const needsQuotes = /[",\r\n]/;

/** Spreadsheets run a cell starting with these as a formula (CSV injection); tab and CR lead there too. */
const formulaStart = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula is prefixed with a single quote, so it is shown as written. */
export function neutralised(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One field per RFC 4180: quoted (with inner quotes doubled) only when it holds a comma, quote, CR or LF. */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : neutralised(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One RFC 4180 record: fields joined by commas and terminated by CRLF. */
export function csvRecord(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
