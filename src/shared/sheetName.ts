// Sheet names inside references ("'Client''s list'!B3"): one quoting rule for formulas, chart sources,
// messages and the simulator, and the parse of sheet-qualified addresses.
import { type Rect, formatLocal, tryParseRect } from "./a1";

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** Names Excel would read as a cell (FY2024 is column FY, row 2024) in A1 or R1C1 style, or as a boolean. */
const CELL_LIKE = /^([A-Za-z]{1,3}[0-9]+|R[0-9]*C?[0-9]*|C[0-9]*|TRUE|FALSE)$/i;

/**
 * The name as a reference prefix: bare when it is a plain identifier that cannot be read as anything else,
 * else in apostrophes with embedded apostrophes doubled. Quoting a name that did not need it is still valid
 * Excel, so the rule errs towards quoting (ECMA-376 Part 1, 18.17, sheet names in formulas).
 */
export function quoteSheet(name: string): string {
  return PLAIN_NAME.test(name) && !CELL_LIKE.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'It''s'!A1" -> { sheet: "It's", local: "A1" }; no "!" -> the address is local. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export interface SheetRect {
  sheet?: string;
  rect: Rect;
}

/** "Clients!$B$3:H20", "'My sheet'!A:C", "B3"; null when it is not an A1 reference. */
export function tryParseAddress(address: string): SheetRect | null {
  const { sheet, local } = splitSheet(address.trim());
  const rect = tryParseRect(local);
  return rect ? { sheet, rect } : null;
}

/** As tryParseAddress, for addresses Excel itself returned (Range.address): anything else is a bug, so it throws. */
export function parseAddress(address: string): SheetRect {
  const parsed = tryParseAddress(address);
  if (!parsed) throw new Error(`Not an A1 address: ${address}`);
  return parsed;
}

/** "'Client''s list'!B2:C9" */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}
