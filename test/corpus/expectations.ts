// The per-case expected outcome: client count, grades read back from the owned Grade column, warnings.
import type { SimWorkbook } from "../../src/simulator";
import type { RateOutcome } from "../../src/excel";
import { PARETO_SHEET_NAME, columnName, type OwnedKey } from "../../src/excel/ownership";
import type { RatedExpectation } from "./spec";
import { ownedRecordOf } from "./owned";

/** Client name -> grade as written in the owned Grade column (names from the `nameColumn` header). */
function gradesInSheet(wb: SimWorkbook, nameColumn = "Client"): Map<string, string> | string {
  return ownedColumnInSheet(wb, "grade", nameColumn);
}

/** Client name -> the text of one owned column (Grade, Reasons...) on that client's row. */
function ownedColumnInSheet(wb: SimWorkbook, key: OwnedKey, nameColumn: string): Map<string, string> | string {
  const gradeName = wb.names.find((n) => n.name === columnName(key));
  if (!gradeName?.ref) return `no ${columnName(key)} name in the workbook`;
  const { sheet: sheetName, rect } = gradeName.ref;
  const sheet = wb.sheet(sheetName);
  const headerRow = sheet.rows.get(rect.r0);
  const nameCol = [...(headerRow?.entries() ?? [])].find(([, cell]) => cell.value === nameColumn)?.[0];
  if (nameCol === undefined) return `no "${nameColumn}" header on row ${rect.r0 + 1} of ${sheetName}`;
  const record = ownedRecordOf(wb);
  const last = record?.lastDataRow ?? rect.r0;
  const grades = new Map<string, string>();
  for (let r = rect.r0 + 1; r <= last; r++) {
    const name = sheet.get(r, nameCol)?.value;
    if (name !== null && name !== undefined) grades.set(String(name), String(sheet.get(r, rect.c0)?.value ?? ""));
  }
  return grades;
}

export function expectationFailures(expect: RatedExpectation, outcome: RateOutcome, wb: SimWorkbook): string[] {
  const out: string[] = [];
  if (expect.clients !== undefined && outcome.clients !== expect.clients) out.push(`clients: expected ${expect.clients}, got ${outcome.clients}`);
  if (expect.sheetName && outcome.sheetName !== expect.sheetName) out.push(`sheet: expected ${expect.sheetName}, got ${outcome.sheetName}`);
  const counted = Object.values(outcome.gradeCounts).reduce((a, b) => a + b, 0);
  if (counted !== outcome.clients) out.push(`gradeCounts add up to ${counted}, not ${outcome.clients} clients`);
  // The case lists every warning the rating gives: one it does not list fails it as surely as one missing.
  const listed = new Set<string>(expect.warnings ?? []);
  const given = new Set<string>(outcome.warnings.map((w) => w.code));
  const got = [...given].join(", ") || "none";
  for (const code of listed) if (!given.has(code)) out.push(`warning ${code} missing; got ${got}`);
  for (const code of given) if (!listed.has(code)) out.push(`warning ${code} not expected (add it to the case's warnings if it is right); got ${got}`);
  if (expect.grades) {
    const actual = gradesInSheet(wb, expect.nameColumn);
    if (typeof actual === "string") out.push(`grades: ${actual}`);
    else {
      for (const [name, grade] of Object.entries(expect.grades)) {
        const got = actual.get(name);
        if (got !== grade) out.push(`grade of ${JSON.stringify(name.slice(0, 40))}: expected ${grade}, got ${got === undefined ? "(client not found)" : JSON.stringify(got)}`);
      }
    }
  }
  if (expect.reasons) out.push(...reasonFailures(wb, expect.reasons, expect.nameColumn));
  if (expect.namesOnParetoSheet) out.push(...namesNotOnParetoSheet(wb, Object.keys(expect.grades ?? {})));
  return out;
}

function namesNotOnParetoSheet(wb: SimWorkbook, names: string[]): string[] {
  const ref = wb.names.find((n) => n.name === PARETO_SHEET_NAME)?.ref;
  if (!ref) return ["no Pareto sheet recorded"];
  const texts = new Set<string>();
  for (const row of wb.sheet(ref.sheet).rows.values()) {
    for (const cell of row.values()) if (typeof cell.value === "string" && !cell.formula) texts.add(cell.value);
  }
  return names.filter((n) => !texts.has(n)).map((n) => `client ${JSON.stringify(n.slice(0, 40))} is not on the Pareto sheet as text`);
}

function reasonFailures(wb: SimWorkbook, expected: NonNullable<RatedExpectation["reasons"]>, nameColumn = "Client"): string[] {
  const actual = ownedColumnInSheet(wb, "reasons", nameColumn);
  if (typeof actual === "string") return [`reasons: ${actual}`];
  const out: string[] = [];
  for (const [name, { includes = [], excludes = [] }] of Object.entries(expected)) {
    const text = actual.get(name);
    if (text === undefined) { out.push(`reasons of ${JSON.stringify(name)}: client not found`); continue; }
    for (const part of includes) if (!text.includes(part)) out.push(`reasons of ${JSON.stringify(name)} lack ${JSON.stringify(part)}: ${JSON.stringify(text)}`);
    for (const part of excludes) if (text.includes(part)) out.push(`reasons of ${JSON.stringify(name)} say ${JSON.stringify(part)}: ${JSON.stringify(text)}`);
  }
  return out;
}
