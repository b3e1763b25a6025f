// What an imported worksheet part holds that exceljs reads only in part, taken from the XML itself:
// the <sheetProtection> element whole (see protection.ts) and hyperlink tooltips (ScreenTips), which
// exceljs drops on reading although it writes a cell's `tooltip`.
import { tryParseRect } from "../../shared/a1";
import { SheetModel } from "../model/sheet";
import { unescapeXml } from "./fastCells";
import { sheetProtectionElement } from "./protection";

export function keepFromSheetXml(sheet: SheetModel, sheetXml: string): void {
  if (sheet.protection.protected) sheet.protection.element = sheetProtectionElement(sheetXml);
  for (const m of sheetXml.matchAll(/<hyperlink\b[^>]*>/g)) {
    const tooltip = /\btooltip="([^"]*)"/.exec(m[0])?.[1];
    const rect = tryParseRect(/\bref="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const raw = rect ? sheet.get(rect.r0, rect.c0)?.imported?.raw : undefined;
    if (tooltip !== undefined && raw && typeof raw === "object" && "hyperlink" in raw) (raw as { tooltip?: string }).tooltip = unescapeXml(tooltip);
  }
}
