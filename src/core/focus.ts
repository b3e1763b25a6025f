// The Focus view: whom to keep, develop, fix and reconsider and whom to call, and why, from one
// rating. Counts and top lists per next step, contact due, gut feeling against the data, the
// troublesome flags, concentration in plain words and the market reality check. Pure: the Focus
// sheet (src/excel/focusSheet.ts), the panel and the command line all read this.
import { ColumnCache } from "./columns";
import { decisionWords, fillIn } from "./decisionLabels";
import { detectColumns, findColumn } from "./headers";
import { DEVELOP, FIX, KEEP, NEXT_STEPS, RECONSIDER, nextStepNames, type NextStep } from "./nextStep";
import type { Profile } from "./profile";
import { TROUBLE_FLAGS, type TroubleFlag } from "./troublesome";
import type { ClientTable, Locale, RatingResult } from "./types";
import { readText } from "./values";

/** Entries shown per list; the rest is counted. */
const FOCUS_LIST_SIZE = 10;
/** Points per next step in the scatter chart, sampled evenly above this. */
const FOCUS_CHART_POINTS = 2000;
const TOP_GRADE_TOO_FEW = 0.05;
const TOP_GRADE_TOO_MANY = 0.4;
const MS_PER_DAY = 86_400_000;

export interface FocusEntry {
  /** Row of the client in the rated table (0 = the first client). */
  client: number;
  name: string;
  score: number;
  grade: string;
  /** The Pareto value; NaN when unreadable or without a Pareto value column. */
  value: number;
  nextStep: string;
  reason: string;
  /** Potential minus current value; NaN without a potential column. */
  headroom: number;
  /** Contact due: days since the last contact ("" when there is no readable date). Gut feeling: the team's own grade. */
  detail?: string | number;
}

export interface FocusList {
  /** All clients that belong in the list; `entries` holds the first FOCUS_LIST_SIZE of them. */
  total: number;
  entries: FocusEntry[];
}

export type FocusListKey = NextStep | "contactDue" | "gutFeeling";

export interface FocusWarning {
  code: "largest-client-share" | "top20-share" | "hhi" | "top-grade-too-few" | "top-grade-too-many";
  /** In the profile's language, as the Focus sheet writes it. */
  message: string;
  params: Record<string, string | number>;
}

interface SegmentCheck {
  /** The segment as the sheet writes it; "" for all clients. */
  segment: string;
  clients: number;
  topGrade: number;
  share: number;
  warning?: FocusWarning;
}

export interface Focus {
  stepNames: Record<NextStep, string>;
  counts: Record<NextStep, number>;
  lists: Record<FocusListKey, FocusList>;
  /** How the lists were chosen: Develop by headroom when a potential column is mapped. */
  developBy: "headroom" | "score";
  flagCounts: Record<TroubleFlag, number>;
  valueColumn: string | null;
  /** The Pareto concentration figures; null without a Pareto result. */
  concentration: { largestShare: number; top20Share: number; hhi: number } | null;
  warnings: FocusWarning[];
  /** Whether `lists.contactDue` / `lists.gutFeeling` apply (the profile maps their columns). */
  contactDueDays: number | null;
  ownGradeColumn: string | null;
  marketCheck: { grade: string; overall: SegmentCheck; segments: SegmentCheck[]; segmentColumn: string | null };
  /** Scatter points (score, value) per next step, at most FOCUS_CHART_POINTS each. */
  chart: Record<NextStep, { score: number; value: number }[]>;
}

export interface FocusOptions {
  asOf: Date;
  locale: Locale;
  /** The client's name per table row; default: a Client/Name column, else "client <n>". */
  names?: string[];
}

/** One decimal, the language's decimal sign; German puts a space before the sign (3,9 %). */
const percent = (share: number, decimal: string, language?: string): string =>
  `${(Math.round(share * 1000) / 10).toFixed(1).replace(".", decimal)}${language === "de" ? "\u00a0%" : "%"}`;

/** The Focus view of a rating. The first profile's settings apply, as for the Pareto view. */
export function buildFocus(table: ClientTable, result: RatingResult, profiles: Profile[], options: FocusOptions): Focus {
  const profile = profiles[0];
  const words = decisionWords(profile?.language);
  const decimal = profile?.language && profile.language !== "en" ? "," : ".";
  const n = result.count;
  const cache = new ColumnCache(table);
  const locale = profile?.locale ?? options.locale;
  const names = options.names ?? defaultNames(table);
  const pareto = result.pareto && !result.pareto.error ? result.pareto : null;
  const valueColumn = pareto ? pareto.valueColumn : null;
  const values = new Float64Array(n).fill(NaN);
  if (pareto) for (let k = 0; k < pareto.order.length; k++) values[pareto.order[k]] = pareto.values[k];
  const headroom = result.growth?.headroom ?? null;
  const stepNames = profile ? nextStepNames(profile) : { keep: "", develop: "", fix: "", reconsider: "" };
  const stepNameOf = (r: number) => {
    const p = result.profileIndex[r];
    const s = result.nextSteps[r];
    return s < 0 || p < 0 ? "" : nextStepNames(profiles[p])[NEXT_STEPS[s]];
  };
  const entry = (r: number, detail?: string | number): FocusEntry => ({
    client: r,
    name: names[r] ?? "",
    score: result.scores[r],
    grade: result.grades[r],
    value: values[r],
    nextStep: stepNameOf(r),
    reason: result.reasonAt(r),
    headroom: headroom ? headroom[r] : NaN,
    ...(detail !== undefined ? { detail } : {}),
  });
  const byValue = (a: number, b: number) => orderNaNLast(values[b], values[a]) || a - b;
  const byScore = (a: number, b: number) => orderNaNLast(result.scores[b], result.scores[a]) || a - b;
  const list = (clients: number[], compare: (a: number, b: number) => number, detail?: (r: number) => string | number): FocusList => {
    clients.sort(compare);
    return { total: clients.length, entries: clients.slice(0, FOCUS_LIST_SIZE).map((r) => entry(r, detail?.(r))) };
  };

  const members: number[][] = [[], [], [], []];
  for (let r = 0; r < n; r++) if (result.nextSteps[r] >= 0) members[result.nextSteps[r]].push(r);
  const developBy = headroom ? "headroom" : "score";
  const byHeadroom = (a: number, b: number) => orderNaNLast(headroom![b], headroom![a]) || byScore(a, b);
  // Reconsider: the money losers first (lowest value), then the weakest scores.
  const lowValueFirst = (a: number, b: number) => orderNaNLast(values[a], values[b]) || -byScore(a, b);

  const contact = contactDue(table, result, profile, cache, locale, options.asOf);
  const gut = gutFeeling(table, result, profiles, cache);
  const chart = { keep: [], develop: [], fix: [], reconsider: [] } as Focus["chart"];
  NEXT_STEPS.forEach((step, s) => {
    const clients = members[s];
    const every = Math.max(1, Math.ceil(clients.length / FOCUS_CHART_POINTS));
    for (let i = 0; i < clients.length; i += every) {
      const r = clients[i];
      if (Number.isFinite(values[r]) && Number.isFinite(result.scores[r])) chart[step].push({ score: result.scores[r], value: values[r] });
    }
  });

  const flagCounts = Object.fromEntries(TROUBLE_FLAGS.map((f) => [f.key, 0])) as Record<TroubleFlag, number>;
  for (let r = 0; r < n; r++) for (const f of TROUBLE_FLAGS) if (result.troubleFlags[r] & f.bit) flagCounts[f.key]++;

  const warnings: FocusWarning[] = [];
  if (pareto) {
    const value = pareto.valueColumn;
    if (pareto.largestWarning) {
      const client = names[pareto.largestIndex] ?? "";
      const share = percent(pareto.largestShare, decimal, profile?.language);
      warnings.push({ code: "largest-client-share", message: fillIn(words.focus.largestWarning, { client, share, value }), params: { client, share: pareto.largestShare, value } });
    }
    if (pareto.top20Share >= 0.8) {
      warnings.push({ code: "top20-share", message: fillIn(words.focus.top20Warning, { share: percent(pareto.top20Share, decimal, profile?.language), value }), params: { share: pareto.top20Share, value } });
    }
    if (pareto.hhi > 0.25) {
      const hhi = pareto.hhi.toFixed(2).replace(".", decimal);
      warnings.push({ code: "hhi", message: fillIn(words.focus.hhiWarning, { hhi, value }), params: { hhi: pareto.hhi, value } });
    }
  }
  const marketCheck = topGradeCheck(table, result, profile, words, decimal);
  if (marketCheck.overall.warning) warnings.push(marketCheck.overall.warning);

  return {
    stepNames,
    counts: { keep: members[KEEP].length, develop: members[DEVELOP].length, fix: members[FIX].length, reconsider: members[RECONSIDER].length },
    lists: {
      keep: list(members[KEEP], byValue),
      develop: list(members[DEVELOP], headroom ? byHeadroom : byScore),
      fix: list(members[FIX], byValue),
      reconsider: list(members[RECONSIDER], lowValueFirst),
      contactDue: contact
        ? list(contact.clients, (a, b) => (contact.days[b] === contact.days[a] ? a - b : contact.days[b] > contact.days[a] ? 1 : -1), (r) => (Number.isFinite(contact.days[r]) ? contact.days[r] : ""))
        : { total: 0, entries: [] },
      gutFeeling: gut ? list(gut.clients, (a, b) => gut.gap[b] - gut.gap[a] || a - b, (r) => gut.own[r]) : { total: 0, entries: [] },
    },
    developBy,
    flagCounts,
    valueColumn,
    concentration: pareto ? { largestShare: pareto.largestShare, top20Share: pareto.top20Share, hhi: pareto.hhi } : null,
    warnings,
    contactDueDays: contact ? profile.contactDue!.days : null,
    ownGradeColumn: gut ? gut.column : null,
    marketCheck,
    chart,
  };
}

/** Descending by `a` then `b` with NaN last: returns > 0 when the first argument should come later. */
function orderNaNLast(first: number, second: number): number {
  const firstNaN = first !== first;
  const secondNaN = second !== second;
  if (firstNaN || secondNaN) return firstNaN === secondNaN ? 0 : firstNaN ? -1 : 1;
  return first - second;
}

function defaultNames(table: ClientTable): string[] {
  const column = detectColumns(table.headers).client;
  return table.rows.map((row, i) => {
    if (column !== undefined) {
      const read = readText(row[column]);
      if (read.ok) return read.value;
    }
    return `client ${i + 1}`;
  });
}

/** Good-fit clients (Keep, Develop) whose last contact is more than the profile's days ago. */
function contactDue(table: ClientTable, result: RatingResult, profile: Profile | undefined, cache: ColumnCache, locale: Locale, asOf: Date) {
  const settings = profile?.contactDue;
  if (!settings) return null;
  const column = findColumn(table.headers, settings.column);
  if (column < 0) return null;
  const dates = cache.dates(column, locale).values;
  const today = Math.floor(asOf.getTime() / MS_PER_DAY);
  const days = new Float64Array(result.count);
  const clients: number[] = [];
  for (let r = 0; r < result.count; r++) {
    const step = result.nextSteps[r];
    if (step !== KEEP && step !== DEVELOP) continue;
    days[r] = today - dates[r];
    // An unreadable date is no contact on record: due as well, listed last.
    if (dates[r] !== dates[r]) days[r] = Infinity;
    if (days[r] > settings.days) clients.push(r);
  }
  return { clients, days };
}

/** Clients whose own grade (the profile's ownGrade column) is two or more steps from the computed one. */
function gutFeeling(table: ClientTable, result: RatingResult, profiles: Profile[], cache: ColumnCache) {
  const settings = profiles[0]?.ownGrade;
  if (!settings) return null;
  const column = findColumn(table.headers, settings.column);
  if (column < 0) return null;
  const keys = cache.text(column).keys;
  const indexOf = profiles.map((p) => new Map(p.scale.grades.map((g, i) => [g.trim().toLowerCase(), i])));
  const gap = new Float64Array(result.count);
  const own: string[] = new Array(result.count).fill("");
  const clients: number[] = [];
  for (let r = 0; r < result.count; r++) {
    const p = result.profileIndex[r];
    const key = keys[r];
    if (p < 0 || key === null || result.grades[r] === "") continue;
    const mine = indexOf[p].get(key);
    const computed = indexOf[p].get(result.grades[r].trim().toLowerCase());
    if (mine === undefined || computed === undefined) continue;
    gap[r] = Math.abs(mine - computed);
    own[r] = profiles[p].scale.grades[mine];
    if (gap[r] >= 2) clients.push(r);
  }
  return { clients, gap, own, column: table.headers[column] };
}

/** How many clients reach the top grade, overall and per segment, with a warning outside 5%-40%. */
function topGradeCheck(table: ClientTable, result: RatingResult, profile: Profile | undefined, words: ReturnType<typeof decisionWords>, decimal: string): Focus["marketCheck"] {
  const grade = profile?.scale.grades[0] ?? "";
  const segmentColumn = profile?.segment ? findColumn(table.headers, profile.segment.column) : -1;
  const bySegment = new Map<string, { clients: number; top: number }>();
  const overall = { clients: 0, top: 0 };
  for (let r = 0; r < result.count; r++) {
    if (result.profileIndex[r] !== 0 || result.grades[r] === "") continue;
    const top = result.grades[r] === grade ? 1 : 0;
    overall.clients++;
    overall.top += top;
    if (segmentColumn >= 0) {
      const read = readText(table.rows[r]?.[segmentColumn]);
      const segment = read.ok ? read.value : "";
      const tally = bySegment.get(segment) ?? { clients: 0, top: 0 };
      tally.clients++;
      tally.top += top;
      bySegment.set(segment, tally);
    }
  }
  const check = (segment: string, tally: { clients: number; top: number }): SegmentCheck => {
    const share = tally.clients > 0 ? tally.top / tally.clients : 0;
    const out: SegmentCheck = { segment, clients: tally.clients, topGrade: tally.top, share };
    if (tally.clients > 0 && (share < TOP_GRADE_TOO_FEW || share > TOP_GRADE_TOO_MANY)) {
      const tooFew = share < TOP_GRADE_TOO_FEW;
      const text = fillIn(tooFew ? words.focus.tooFewTop : words.focus.tooManyTop, { share: percent(share, decimal, profile?.language), grade });
      out.warning = { code: tooFew ? "top-grade-too-few" : "top-grade-too-many", message: segment === "" ? text : `${segment}: ${text}`, params: { grade, share, segment } };
    }
    return out;
  };
  return {
    grade,
    overall: check("", overall),
    segments: [...bySegment.entries()].sort((a, b) => b[1].clients - a[1].clients || a[0].localeCompare(b[0])).map(([segment, tally]) => check(segment, tally)),
    segmentColumn: segmentColumn >= 0 ? table.headers[segmentColumn] : null,
  };
}
