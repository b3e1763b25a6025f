// The "Rating profile" sheet: the rules in words for a colleague without the add-in.
import type { Profile } from "../core";
import type { BlockWriter } from "./blockWriter";
import { describeProfile } from "./profileWords";

export const PROFILE_SHEET_BASE = "Rating profile";

export function profileSheetRows(profiles: Profile[]): string[][] {
  const rows: string[][] = [
    ["Rating profile"],
    ["Written by Client Rater: the rules used to grade the clients. Change them in the Client Rater panel; edits on this sheet are not read back."],
  ];
  for (const p of profiles) {
    rows.push([""]);
    rows.push(...describeProfile(p));
  }
  return rows;
}

export async function writeProfileSheet(context: Excel.RequestContext, writer: BlockWriter, sheetName: string, profiles: Profile[]): Promise<void> {
  const rows = profileSheetRows(profiles);
  await writer.write(sheetName, 0, 0, rows, rows.map(() => ["@"]));
  context.workbook.worksheets.getItem(sheetName).getRange("A1").format.font.bold = true;
}
