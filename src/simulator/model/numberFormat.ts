// A small renderer for Range.text: General, fixed decimals, thousands separators, percent,
// text "@" and common date formats. Anything else falls back to General.
import { CellValue } from "./cell";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));
}

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const s = Number(n.toPrecision(11)).toString();
  return s.length > 11 && Math.abs(n) < 1e11 ? Number(n.toPrecision(10)).toString() : s;
}

function fixed(n: number, decimals: number, thousands: boolean): string {
  const s = Math.abs(n).toFixed(decimals);
  const [int, frac] = s.split(".");
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  const sign = n < 0 && Number(s) !== 0 ? "-" : "";
  return sign + grouped + (frac ? "." + frac : "");
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, format: string): string {
  const d = serialToDate(serial);
  const tokens: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100),
    mmm: d.toLocaleString("en-US", { month: "short", timeZone: "UTC" }),
    mm: pad(d.getUTCMonth() + 1),
    m: String(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    d: String(d.getUTCDate()),
    hh: pad(d.getUTCHours()),
    ss: pad(d.getUTCSeconds()),
  };
  return format
    .replace(/\\|"/g, "")
    .replace(/yyyy|yy|mmm|mm|m|dd|d|hh|ss/gi, (t) => tokens[t.toLowerCase()] ?? t);
}

function isDateFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped);
}

export function formatValue(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = (format ?? "General").split(";")[value < 0 ? 1 : 0] ?? format ?? "General";
  const usesNegativeSection = (format ?? "").split(";").length > 1 && value < 0;
  const n = usesNegativeSection ? Math.abs(value) : value;
  if (f === "General" || f === "@" || f === "") return general(value);
  if (isDateFormat(f)) return formatDate(n, f);
  const percent = f.includes("%");
  const core = /[#0,]+(\.0+)?/.exec(f);
  if (!core) return general(value);
  const decimals = core[1] ? core[1].length - 1 : 0;
  const body = fixed(percent ? n * 100 : n, decimals, core[0].includes(","));
  const prefix = f.slice(0, core.index).replace(/["\\]/g, "").replace(/_.|\*./g, "");
  const suffix = f.slice(core.index + core[0].length).replace(/["\\]/g, "").replace(/_.|\*./g, "");
  return prefix + body + suffix;
}
