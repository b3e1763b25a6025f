// One cell of the model. Errors are kept as their Excel text ("#N/A") with `error: true`.
export type CellValue = string | number | boolean | null;

export interface CellFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** What the cell looked like in the imported file, so an unchanged cell is written back exactly (rich text, theme colors...). */
interface ImportedCell {
  raw: unknown;
  style: unknown;
  value: CellValue;
  formula?: string;
  fill?: string;
  font?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

export interface Cell {
  value: CellValue;
  imported?: ImportedCell;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  fill?: string;
  font?: CellFont;
  horizontalAlignment?: string;
  /** Format > Wrap text (RangeFormat.wrapText) */
  wrapText?: boolean;
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === "") && !cell.formula);
}

export function hasFormat(cell: Cell): boolean {
  return Boolean(
    (cell.numberFormat && cell.numberFormat !== "General") || cell.fill || cell.font || cell.horizontalAlignment || cell.wrapText,
  );
}

export function cloneCell(cell: Cell): Cell {
  return { ...cell, font: cell.font ? { ...cell.font } : undefined };
}

export const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"]);
