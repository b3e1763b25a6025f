// How a cell's value reads in the grid: numbers shaped by the simplest parts of their number format.
import { ViewCell } from "./sheetView";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function decimalsOf(format: string): number {
  const match = /0\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

function isDateFormat(format: string): boolean {
  const withoutText = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /[dmy]/i.test(withoutText) && !/[#0]/.test(withoutText);
}

export function formatNumber(value: number, format = "General"): string {
  if (!Number.isFinite(value)) return String(value);
  if (format.includes("%")) return `${(value * 100).toFixed(decimalsOf(format))}%`;
  if (isDateFormat(format)) return new Date(EXCEL_EPOCH_MS + Math.round(value * 86400000)).toISOString().slice(0, 10);
  if (format === "General" || format === "@") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  const decimals = decimalsOf(format);
  const grouped = format.includes(",");
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
}

export function cellText(cell: ViewCell | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return "";
  const { value } = cell;
  if (typeof value === "number") return formatNumber(value, cell.numberFormat);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}
