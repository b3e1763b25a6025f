// A sensible first profile from a sheet's headers and data, so "Rate clients" works on a fresh sheet.
import { CELL_OK, ColumnCache } from "./columns";
import { RaterError } from "./errors";
import { detectColumns, SYNONYMS, type ColumnKey } from "./headers";
import type { Language } from "./labels";
import { MAX_RULE_NUMBER, parseProfile, type Criterion, type Profile, type ProfileInput } from "./profile";
import type { ClientTable, Locale } from "./types";

/** Linear-interpolated percentile of sorted values (q from 0 to 1). */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function readableSorted(cache: ColumnCache, column: number, locale: Locale): Float64Array {
  const { values } = cache.numbers(column, locale);
  // Values past the rule bounds' limit (1e308 typed in a cell) would make bounds no profile may hold.
  return values.filter((v) => Math.abs(v) <= MAX_RULE_NUMBER).sort();
}

/** min/max from the 5th and 95th percentile, kept apart so the rule stays valid. */
/** Four significant digits: what a user can read in the profile without float noise (55.2, not 55.199999999999996). */
const nice = (x: number): number => Number(x.toPrecision(4));

function spread(sorted: Float64Array, floorAtZero: boolean): { min: number; max: number } {
  let min = nice(percentile(sorted, 0.05));
  let max = nice(percentile(sorted, 0.95));
  if (floorAtZero) min = 0;
  if (!(max > min)) max = min + Math.max(1, Math.abs(min));
  return { min, max };
}

const RATING_SCORES: Record<string, number> = {
  AAA: 100, "AA+": 95, AA: 90, "AA-": 85, "A+": 80, A: 75, "A-": 70, "BBB+": 65, BBB: 60, "BBB-": 55,
  "BB+": 45, BB: 40, "BB-": 35, "B+": 30, B: 25, "B-": 20, CCC: 10, CC: 5, C: 0, D: 0,
};
const LETTER_SCORES: Record<string, number> = { A: 100, B: 75, C: 50, D: 25, E: 0, F: 0 };

function creditScores(cache: ColumnCache, column: number): Record<string, number> {
  const keys = cache.text(column).keys;
  const agencyStyle = keys.some((k) => k !== null && /^(aaa|aa[+-]?|bbb[+-]?|bb[+-]?|ccc|cc)$/.test(k));
  return agencyStyle ? RATING_SCORES : LETTER_SCORES;
}

const LABEL: Record<ColumnKey, string> = Object.fromEntries(
  (Object.keys(SYNONYMS) as ColumnKey[]).map((key) => [key, SYNONYMS[key][0]]),
) as Record<ColumnKey, string>;

/** Days late above which the default profile flags late payment, and days without contact before a call is due. */
const DEFAULT_LATE_DAYS = 30;
const DEFAULT_CONTACT_DAYS = 90;

/** The default profile's name in the language it is made for. */
const DEFAULT_PROFILE_NAMES: Record<Language, string> = {
  en: "Default profile",
  nl: "Standaardprofiel",
  de: "Standardprofil",
  hu: "Alapprofil",
};

/** `language`: of the sheet words and the profile's name (the user's; by default the locale's). */
export function buildDefaultProfile(table: ClientTable, locale: Locale = "en", language: Language = locale): Profile {
  if (table.rows.length === 0) {
    throw new RaterError("no-rows", "The sheet has a header row but no client rows below it, so there is nothing to rate.");
  }
  const found = detectColumns(table.headers);
  const cache = new ColumnCache(table);
  const criteria: Criterion[] = [];
  const header = (key: ColumnKey): string => table.headers[found[key]!];
  const numeric = (key: ColumnKey): Float64Array | null => {
    if (found[key] === undefined) return null;
    const sorted = readableSorted(cache, found[key]!, locale);
    return sorted.length > 0 ? sorted : null;
  };
  const add = (key: ColumnKey, area: Criterion["area"], weight: number, rule: Criterion["rule"]): void => {
    criteria.push({ id: key, column: header(key), area, weight, rule });
  };

  const revenue = numeric("revenue");
  if (revenue) add("revenue", "client", 3, { type: "higher", ...spread(revenue, false) });
  const profit = numeric("profit");
  if (profit) add("profit", "client", 2, { type: "higher", ...spread(profit, false) });
  const employees = numeric("employees");
  if (employees) {
    const min = nice(percentile(employees, 0.05));
    const idealLow = Math.max(min, nice(percentile(employees, 0.5)));
    const idealHigh = Math.max(idealLow, nice(percentile(employees, 0.95)));
    add("employees", "client", 1, { type: "range", min, idealLow, idealHigh, max: Math.max(idealHigh * 2, idealHigh + 1) });
  }
  const orders = numeric("orders");
  if (orders) add("orders", "client", 1, { type: "higher", ...spread(orders, false) });
  if (found.credit !== undefined && cache.text(found.credit).keys.some((k) => k !== null)) {
    add("credit", "client", 2, { type: "categories", scores: creditScores(cache, found.credit), otherwise: 0 });
  }
  const daysLate = numeric("daysLate");
  if (daysLate) add("daysLate", "fit", 2, { type: "lower", ...spread(daysLate, true) });
  const hours = numeric("serviceHours");
  if (hours) add("serviceHours", "fit", 2, { type: "lower", ...spread(hours, false) });
  const discount = numeric("discount");
  if (discount) add("discount", "fit", 1, { type: "lower", ...spread(discount, true) });
  if (found.lastContact !== undefined && cache.dates(found.lastContact, locale).status.some((s) => s === CELL_OK)) {
    add("lastContact", "fit", 1, { type: "recency", fullDays: 30, zeroDays: 365 });
  }

  if (criteria.length === 0) {
    const expected = ["revenue", "profit", "employees", "credit", "serviceHours", "daysLate", "lastContact", "discount", "orders"]
      .map((k) => `"${LABEL[k as ColumnKey]}"`)
      .join(", ");
    throw new RaterError(
      "missing-columns",
      `None of the headers was recognised as something to rate (with readable values). Name columns for example ${expected}, or set up a profile by hand.`,
      { params: { headers: table.headers.join(", ") } },
    );
  }

  const valueKey = profit ? "profit" : revenue ? "revenue" : null;
  // Starting points for the decision lists; the team sets its own limits in the profile.
  const flags: NonNullable<ProfileInput["flags"]> = {};
  if (daysLate) flags.latePayment = { column: header("daysLate"), above: DEFAULT_LATE_DAYS };
  if (discount) flags.discount = { column: header("discount"), above: nice(percentile(discount, 0.9)) };
  const decisions: Partial<ProfileInput> = {
    ...(Object.keys(flags).length > 0 ? { flags } : {}),
    ...(criteria.some((c) => c.id === "lastContact") ? { contactDue: { column: header("lastContact"), days: DEFAULT_CONTACT_DAYS } } : {}),
    ...(found.segment !== undefined ? { segment: { column: header("segment") } } : {}),
  };
  const draft: ProfileInput = {
    version: 1,
    name: DEFAULT_PROFILE_NAMES[language] ?? DEFAULT_PROFILE_NAMES.en,
    language,
    locale,
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [80, 60, 40] },
    criteria,
    ...(valueKey
      ? { pareto: { value: header(valueKey), ...(hours ? { effort: header("serviceHours") } : {}), share: 0.8 } }
      : {}),
    ...decisions,
  };
  const parsed = parseProfile(draft);
  if (!parsed.ok) {
    throw new RaterError("internal", `The default profile came out invalid: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`);
  }
  return parsed.profile;
}
