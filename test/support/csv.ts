/** A minimal RFC 4180 reader: quoted fields with doubled quotes, CRLF-terminated records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i, i + 2);
    let step = 1;
    if (quoted && rest === '""') {
      field += '"';
      step = 2;
    } else if (quoted && rest[0] === '"') {
      quoted = false;
    } else if (quoted) {
      field += rest[0];
    } else if (rest[0] === '"') {
      quoted = true;
    } else if (rest[0] === "," || rest === "\r\n") {
      record.push(field);
      field = "";
      if (rest === "\r\n") {
        records.push(record);
        record = [];
        step = 2;
      }
    } else {
      field += rest[0];
    }
    i += step;
  }
  return records;
}
