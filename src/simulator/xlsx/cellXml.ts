// One model cell as a worksheet <c> element (ECMA-376 Part 1, 18.3.1.4), written as a string straight from the
// model: building exceljs's cell model for 100,000 x 23 cells and letting it serialize them was most of an
// export's time. Text is written inline (<is>), so no shared-string table has to be kept in step.
import { Cell } from "../model/cell";
import { encodeOoxmlText } from "./ooxmlText";

// XML 1.0 forbids most control characters; Excel drops them too.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A text value: XML-escaped, with OOXML's _xHHHH_ encoding (ooxmlText.ts) as exceljs got it before. */
function escapeCellText(text: string): string {
  return escapeXml(encodeOoxmlText(text));
}

/**
 * Whether this module writes the cell. The rest goes through exceljs as before: imported rich text, hyperlinks,
 * shared and array formulas (their XML ties several cells together), numbers XML cannot hold (NaN, infinities),
 * and empty text, which exceljs reads back from an inline string as no value (it writes it as a shared string).
 */
export function isStraightCell(cell: Cell): boolean {
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) return false;
  if (cell.value === "" && !cell.formula) return false;
  const imp = cell.imported;
  if (!imp || imp.raw === undefined || imp.raw === null || imp.value !== cell.value || imp.formula !== cell.formula) return true;
  const raw = imp.raw;
  if (typeof raw !== "object" || raw instanceof Date) return true;
  const keys = Object.keys(raw);
  if ("error" in raw) return keys.length === 1;
  return "formula" in raw && keys.every((k) => k === "formula" || k === "result");
}

/** The <c> element, or "" for a cell with nothing to write (no value, formula or style). */
export function cellXml(ref: string, cell: Cell, styleId: number): string {
  const s = styleId ? ` s="${styleId}"` : "";
  const value = cell.value;
  if (cell.formula) {
    // formulas and their cached results as exceljs wrote them: escaped, not _xHHHH_-encoded
    const f = `<f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>`;
    if (value === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (cell.error) return `<c r="${ref}"${s} t="e">${f}<v>${escapeXml(String(value))}</v></c>`;
    if (typeof value === "number") return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(value)}</v></c>`;
  }
  if (value === null) return styleId ? `<c r="${ref}"${s}/>` : "";
  if (cell.error) return `<c r="${ref}"${s} t="e"><v>${escapeXml(String(value))}</v></c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
}
