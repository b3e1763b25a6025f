// RFC 4180 CSV as LibreOffice writes it: commas, double quotes doubled, newlines inside quotes.
// With "quote all text cells" on, a quoted field is a text cell and an unquoted one is not.

export interface CsvCell {
  text: string;
  quoted: boolean;
}

export function parseCsv(text: string): string[][] {
  return parseCsvCells(text).map((row) => row.map((cell) => cell.text));
}

export function parseCsvCells(text: string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = wasQuoted = true;
    else if (ch === ",") {
      row.push({ text: field, quoted: wasQuoted });
      field = "";
      wasQuoted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push({ text: field, quoted: wasQuoted });
      rows.push(row);
      row = [];
      field = "";
      wasQuoted = false;
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push({ text: field, quoted: wasQuoted });
    rows.push(row);
  }
  return rows;
}
