// Core names a client by its position in the table; the sheet user needs the cell. Warnings that
// point at one client's value (params.clientIndex + params.column) get its address appended.
import type { RatingWarning } from "../core/types";
import { cellAddress } from "../shared/a1";
import { quoteSheet } from "../shared/sheetName";
import type { SheetRead } from "./readSheet";

export function withCellAddresses(warnings: RatingWarning[], read: SheetRead): RatingWarning[] {
  return warnings.map((warning) => {
    const index = warning.params?.clientIndex;
    const column = warning.params?.column;
    if (typeof index !== "number" || typeof column !== "string") return warning;
    const c = read.table.headers.indexOf(column);
    const blockRow = read.clientRows[index];
    if (c < 0 || blockRow === undefined) return warning;
    const cell = `${quoteSheet(read.meta.name)}!${cellAddress(read.headerRow + blockRow, read.dataCols[c])}`;
    return { ...warning, message: `${warning.message} See cell ${cell}.`, params: { ...warning.params, cell } };
  });
}
