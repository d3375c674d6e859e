/** A cell of an export: text, a number, or empty. */
export type CellValue = string | number | null;

const needsQuotes = /[",\r\n]/;

/** One field per RFC 4180: quoted (with inner quotes doubled) only when it holds a comma, quote, CR or LF. */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One RFC 4180 record: fields joined by commas and terminated by CRLF. */
export function csvRecord(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
