/** Test helper: a strict little RFC 4180 reader, to parse our CSV reports back. */

/** Minimal RFC 4180 parser: quoted fields with doubled quotes, commas and line breaks inside; rows end with CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bad CSV at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted || field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}
