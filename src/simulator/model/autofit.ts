// Excel's autofit width for a column, from the longest text its cells show: about 7 px a character (Calibri 11)
// plus 5 px padding, in points. Used by Range.format.autofitColumns and by a PivotTable's update, which
// autofits the columns it covers as Excel does by default ("Autofit column widths on update").
import { Cell } from "./cell";
import { formatValue } from "./numberFormat";

/** Characters the cell shows: its value in its number format. */
export const shownLength = (cell: Pick<Cell, "value" | "numberFormat">) => formatValue(cell.value, cell.numberFormat).length;

export const autofitWidthPoints = (longest: number) => Math.round((longest * 7 + 5) * 0.75 * 100) / 100;
