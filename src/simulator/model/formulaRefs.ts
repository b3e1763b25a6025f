// Rewrites the A1 references inside a formula when cells are inserted or deleted, as Excel does:
// "=B2*C2" becomes "=B2*D2" after a column is inserted at C, and a reference to deleted cells becomes #REF!.
import { MAX_COLUMNS, MAX_ROWS, Rect, columnIndex, columnLetters } from "../../shared/a1";
import { splitSheet } from "../../shared/sheetName";
import { Shift, shiftRect } from "./shift";

// sheet prefix? then a cell or cell:cell, a column range (A:C) or a row range (2:5); $ anchors kept
const REF = /(?<![A-Za-z0-9_.$'\]])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![A-Za-z0-9_([!])/g;

interface Part {
  col?: { index: number; abs: boolean };
  row?: { index: number; abs: boolean };
}

function parsePart(text: string): Part {
  const m = /^(\$?)([A-Z]{1,3})?(\$?)(\d+)?$/.exec(text)!;
  const part: Part = {};
  if (m[2]) part.col = { index: columnIndex(m[2]), abs: m[1] === "$" };
  if (m[4]) part.row = { index: Number(m[4]) - 1, abs: (m[2] ? m[3] : m[1]) === "$" };
  return part;
}

function formatPart(p: Part): string {
  return `${p.col ? `${p.col.abs ? "$" : ""}${columnLetters(p.col.index)}` : ""}${p.row ? `${p.row.abs ? "$" : ""}${p.row.index + 1}` : ""}`;
}

function sheetOf(prefix: string | undefined, own: string): string {
  return prefix ? splitSheet(prefix).sheet ?? own : own;
}

function adjustRef(prefix: string | undefined, body: string, own: string, shiftedSheet: string, shift: Shift): string {
  if (sheetOf(prefix, own).toLowerCase() !== shiftedSheet.toLowerCase()) return (prefix ?? "") + body;
  const [a, b = a] = body.split(":").map(parsePart);
  const rect: Rect = {
    r0: a.row?.index ?? 0,
    r1: b.row?.index ?? MAX_ROWS - 1,
    c0: a.col?.index ?? 0,
    c1: b.col?.index ?? MAX_COLUMNS - 1,
  };
  const next = shiftRect(rect, shift);
  if (!next) return `${prefix ?? ""}#REF!`;
  if (a.row) a.row.index = next.r0;
  if (a.col) a.col.index = next.c0;
  if (b.row) b.row.index = next.r1;
  if (b.col) b.col.index = next.c1;
  return (prefix ?? "") + (body.includes(":") ? `${formatPart(a)}:${formatPart(b)}` : formatPart(a));
}

/** The formula with its references to `shiftedSheet` moved by `shift`; string literals are left alone. */
export function adjustFormula(formula: string, ownSheet: string, shiftedSheet: string, shift: Shift): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(REF, (_, prefix: string | undefined, body: string) => adjustRef(prefix, body, ownSheet, shiftedSheet, shift))))
    .join("");
}
