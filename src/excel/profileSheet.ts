// The "Rating profile" sheet: the rules as a table for a colleague without the add-in.
import type { Profile } from "../core";
import type { Language } from "../core/labels";
import type { BlockWriter, OutCell } from "./blockWriter";
import { describeProfile, PROFILE_TABLE_WIDTH, type SheetRow } from "./profileWords";
import { sheetWords, SHEET_LANGUAGES } from "./sheetWords";

/** The sheet's name in the run's language. */
export function profileSheetBase(language?: Language): string {
  return sheetWords(language).profile.sheetName;
}

/** The names the sheet gets in any language: a sheet still called one of them is renamed to the run's language. */
export const PROFILE_SHEET_BASES: readonly string[] = SHEET_LANGUAGES.map((l) => profileSheetBase(l));

/** Column widths in points: name, column, area, rule (wrapped), weight, share. */
const WIDTHS = [130, 110, 70, 470, 50, 110];

function profileSheetRows(profiles: Profile[], language?: Language): SheetRow[] {
  const w = sheetWords(language).profile;
  const rows: SheetRow[] = [titleRow(w.title), titleRow(w.note)];
  rows[0].kind = "profile";
  for (const p of profiles) {
    rows.push(titleRow(""));
    rows.push(...describeProfile(p, language));
  }
  return rows;
}

function titleRow(text: string): SheetRow {
  const values: OutCell[] = [text, ...new Array(PROFILE_TABLE_WIDTH - 1).fill("")];
  return { kind: "line", values, formats: values.map(() => "@") };
}

export async function writeProfileSheet(context: Excel.RequestContext, writer: BlockWriter, sheetName: string, profiles: Profile[], language?: Language): Promise<void> {
  const rows = profileSheetRows(profiles, language);
  await writer.write(
    sheetName,
    0,
    0,
    rows.map((r) => r.values),
    rows.map((r) => r.formats),
  );
  const ws = context.workbook.worksheets.getItem(sheetName);
  WIDTHS.forEach((width, col) => (ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width));
  // The rule column wraps inside its width; the title lines (column A) run on over the empty cells to their right.
  ws.getRangeByIndexes(2, 3, Math.max(1, rows.length - 2), 1).format.wrapText = true;
  rows.forEach((r, i) => {
    if (r.kind === "profile") ws.getRangeByIndexes(i, 0, 1, 2).format.font.bold = true;
    if (r.kind === "header") ws.getRangeByIndexes(i, 0, 1, PROFILE_TABLE_WIDTH).format.font.bold = true;
  });
}
