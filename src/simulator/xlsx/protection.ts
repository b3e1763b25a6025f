// Sheet and workbook protection in the package, kept exactly. exceljs reads a <sheetProtection> element's
// flags but writes it back without the password hash (algorithmName, hashValue, saltValue, spinCount), and it
// neither reads nor writes <workbookProtection>: both elements are taken from the imported file as they are and
// put back while the protection stays on (ECMA-376 Part 1, 18.3.1.85 sheetProtection, 18.2.29 workbookProtection).
import JSZip from "jszip";
import { WorkbookModel, WorkbookProtectionModel } from "../model/workbook";

const WORKBOOK = "xl/workbook.xml";
const SHEET_PROTECTION = /<sheetProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetProtection>)/;
const WORKBOOK_PROTECTION = /<workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/workbookProtection>)/;

export function sheetProtectionElement(sheetXml: string): string | undefined {
  return SHEET_PROTECTION.exec(sheetXml)?.[0];
}

/** The workbook's structure lock as the file has it; lockWindows alone does not stop sheets being added. */
export function readWorkbookProtection(workbookXml: string): WorkbookProtectionModel {
  const element = WORKBOOK_PROTECTION.exec(workbookXml)?.[0];
  if (!element) return { protected: false };
  return { protected: /\blockStructure="(1|true)"/.test(element), element };
}

/** Puts the imported protection elements back into the package exceljs wrote (sheets in model order). */
export async function writeProtection(zip: JSZip, wb: WorkbookModel): Promise<void> {
  for (let i = 0; i < wb.sheets.length; i++) {
    const element = wb.sheets[i].protection.protected ? wb.sheets[i].protection.element : undefined;
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = element ? await zip.file(path)?.async("string") : undefined;
    if (element && xml && SHEET_PROTECTION.test(xml)) zip.file(path, xml.replace(SHEET_PROTECTION, () => element));
  }
  const element = workbookProtectionElement(wb.protection);
  if (!element) return;
  const xml = (await zip.file(WORKBOOK)?.async("string")) ?? "";
  const without = xml.replace(WORKBOOK_PROTECTION, "");
  const at = ["<bookViews", "<sheets"].map((tag) => without.indexOf(tag)).find((i) => i >= 0) ?? -1;
  if (at >= 0) zip.file(WORKBOOK, without.slice(0, at) + element + without.slice(at));
}

function workbookProtectionElement(p: WorkbookProtectionModel): string | undefined {
  if (!p.protected) return undefined;
  if (p.element) return p.element;
  return `<workbookProtection lockStructure="1"${p.password ? ` workbookPassword="${legacyPasswordHash(p.password)}"` : ""}/>`;
}

/** The 16-bit password verifier of ECMA-376 Part 4, 14.7.1 (workbookPassword): pure arithmetic, so it runs in a browser too. */
export function legacyPasswordHash(password: string): string {
  let hash = 0;
  for (let i = password.length - 1; i >= 0; i--) {
    hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
    hash ^= password.charCodeAt(i);
  }
  hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
  hash ^= password.length;
  hash ^= 0xce4b;
  return hash.toString(16).toUpperCase().padStart(4, "0");
}
