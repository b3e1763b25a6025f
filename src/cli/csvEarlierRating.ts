// A CSV written by `client-rater rate --out x.csv` carries the owned columns at its end. A CSV keeps no
// record of them, so they are recognised by their headers (in any of our languages) and dropped
// before rating again: rating the output twice gives the same columns as rating it once.
import { decisionWords, LANGUAGES, ownedColumnHeaders } from "../core";
import type { CsvTable } from "../simulator";

const OWNED_HEADERS = new Set(
  LANGUAGES.flatMap((language) => [...Object.values(ownedColumnHeaders(language)), ...Object.values(decisionWords(language).headers)]),
);

/** The table without the trailing run of owned columns (when the first two of it are Score and Grade), and their headers. */
export function withoutEarlierRating(table: CsvTable): { table: CsvTable; dropped: string[] } {
  const headers = table.text[0];
  let first = headers.length;
  while (first > 0 && OWNED_HEADERS.has(headers[first - 1].trim())) first--;
  const scoreAndGrade = LANGUAGES.some((l) => {
    const h = ownedColumnHeaders(l);
    return headers[first]?.trim() === h.score && headers[first + 1]?.trim() === h.grade;
  });
  if (first === headers.length || !scoreAndGrade) return { table, dropped: [] };
  const cut = <T>(rows: T[][]) => rows.map((row) => row.slice(0, first));
  return {
    table: { ...table, text: cut(table.text), values: cut(table.values), numberFormats: cut(table.numberFormats) },
    dropped: headers.slice(first),
  };
}
