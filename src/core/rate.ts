// The whole rating model for a client table: profiles per row, scores, grades, reasons and flags (built
// per client when asked, clientTexts.ts), Pareto, next steps, growth and the warnings a user should see.
import { assignProfiles } from "./assign";
import { attachTexts, withTextArrays } from "./clientTexts";
import { ColumnCache } from "./columns";
import { criterionScoresWhenRead } from "./criterionScoresOnDemand";
import { detectColumns, findColumn } from "./headers";
import { computeGrowth } from "./growth";
import { warnAmbiguousDates, warnTooLarge } from "./inputWarnings";
import { assignNextSteps } from "./nextStep";
import { flagTroublesome } from "./troublesome";
import { computePareto } from "./pareto";
import type { Profile } from "./profile";
import { rateProfile, type MissingTally } from "./rateProfile";
import { ScratchBuffers } from "./scratchBuffers";
import type { ClientTable, Locale, ParetoResult, RateOptions, RatingResult, RatingWarning } from "./types";
import { readText } from "./values";

const MS_PER_DAY = 86_400_000;

/** The parsed columns of the cache a rating makes for itself, reused by the next rating of as many rows. */
const scratch = new ScratchBuffers();

function emptyResult(n: number, gradeLabels: string[], texts: boolean, profileIndex: Int32Array): RatingResult {
  return withTextArrays({
    count: n,
    gradeLabels,
    scores: new Float64Array(n).fill(NaN),
    areaScores: { client: new Float64Array(n).fill(NaN), fit: new Float64Array(n).fill(NaN), market: new Float64Array(n).fill(NaN) },
    memberPosition: new Int32Array(n).fill(-1),
    nextSteps: new Int8Array(n).fill(-1),
    troubleFlags: new Uint8Array(n),
    growth: null,
    grades: new Array<string>(n).fill(""),
    knockedOut: new Uint8Array(n),
    reasonAt: () => "",
    flagsAt: () => "",
    gradeCounts: Object.fromEntries(gradeLabels.map((g) => [g, 0])),
    profileIndex,
    missingColumns: [],
    pareto: null,
    warnings: [],
  }, texts);
}

function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/**
 * Rates every row of `table`. The rating date is the UTC calendar day of `options.asOf`; a profile's
 * own `locale` wins over `options.locale` for reading its number text. A caller that rates the same
 * table again and again (the panel's preview) may pass its own cache (`ownCache`) of `table`'s parsed columns,
 * so the cells are parsed once rather than on every call; with it, each criterion's scores are kept per
 * cache too, so a weight change only weighs them again. Without it, `criterionScores` is computed when read.
 */
export function rateClients(
  table: ClientTable,
  profiles: Profile[],
  options: RateOptions,
  ownCache?: ColumnCache,
): RatingResult {
  // The cache made here is the rating's alone: nothing it parsed is in the result (pareto.ts, growth.ts and
  // troublesome.ts copy what they keep), so its arrays go back to `scratch` when the rating is done.
  const cache = ownCache ?? new ColumnCache(table, scratch);
  const n = table.rows.length;
  const gradeLabels = profiles[0] ? [...profiles[0].scale.grades] : [];
  if (n === 0 || profiles.length === 0) {
    const result = emptyResult(n, gradeLabels, options.texts !== false, new Int32Array(n).fill(-1));
    result.warnings.push({
      code: "nothing-to-rate",
      message: n === 0 ? "The sheet has no client rows to rate." : "There is no profile to rate with.",
    });
    return result;
  }
  const missingColumns = new Set<string>();
  const hasMissing = new Uint8Array(n);
  const missingTallies = new Map<string, MissingTally>();
  const asOfDay = Math.floor(options.asOf.getTime() / MS_PER_DAY);
  const texts = options.texts !== false;

  const warnings: RatingWarning[] = [];
  const result = emptyResult(n, gradeLabels, texts, assignProfiles(table, profiles, cache, warnings, missingColumns));
  result.warnings = warnings;
  // Each client's grade as an index into its profile's scale: counting and next steps compare numbers, not labels.
  const gradeIndex = new Int8Array(n).fill(-1);
  const rated = profiles.map((profile, p) => {
    const members = membersOf(result.profileIndex, p);
    if (members.length === 0) return null;
    return rateProfile({
      table,
      profile,
      members,
      cache,
      locale: profile.locale ?? options.locale,
      asOfDay,
      result,
      hasMissing,
      missingColumns,
      missingTallies,
      texts,
      gradeIndex,
      keepScores: ownCache !== undefined,
    });
  });
  criterionScoresWhenRead(result, () => rated.map((profile) => profile?.criterionScores() ?? []));

  const firstLocale = profiles[0].locale ?? options.locale;
  const noteMissing = missingColumnNote(result, missingColumns);
  result.pareto = paretoFor(table, profiles[0], cache, firstLocale, result, noteMissing);
  assignNextSteps(result, profiles, gradeIndex);
  flagTroublesome(table, profiles[0], cache, firstLocale, result, noteMissing);
  result.growth = computeGrowth(table, profiles[0], cache, firstLocale, result, noteMissing);
  if (texts) attachTexts(result, profiles, rated.map((profile) => profile?.reasons ?? null), hasMissing);
  countGrades(result, profiles, gradeIndex);
  addSummaryWarnings(table, result, profiles, missingTallies);
  warnAmbiguousDates(table, profiles, cache, options.locale, result.warnings);
  if (!ownCache) scratch.release();
  return result;
}

/** Rows rated by profile `p`, counted first so no growing array is built (and promoted) per row. */
function membersOf(profileIndex: Int32Array, p: number): Int32Array {
  let count = 0;
  for (let r = 0; r < profileIndex.length; r++) if (profileIndex[r] === p) count++;
  const members = new Int32Array(count);
  for (let r = 0, k = 0; r < profileIndex.length; r++) if (profileIndex[r] === p) members[k++] = r;
  return members;
}

// The Pareto analysis reads only the value and effort columns, never the scores: a caller that rates the
// same table again with the same cache (the panel's preview, on every weight change) gets it back instead
// of sorting every client again. Keyed by the cache, so a fresh cache per call shares nothing.
const paretoMemo = new WeakMap<ColumnCache, Map<string, ParetoResult>>();

function memoPareto(cache: ColumnCache, key: string, compute: () => ParetoResult): ParetoResult {
  let memo = paretoMemo.get(cache);
  if (!memo) paretoMemo.set(cache, (memo = new Map()));
  let pareto = memo.get(key);
  if (!pareto) memo.set(key, (pareto = compute()));
  return pareto;
}

/** Warns once per column that a profile setting (not a criterion) names a column the sheet lacks. */
function missingColumnNote(result: RatingResult, missingColumns: Set<string>): (column: string, role: string) => void {
  return (column, role) => {
    if (missingColumns.has(column)) return;
    missingColumns.add(column);
    result.missingColumns.push(column);
    result.warnings.push({
      code: "missing-column",
      message: `Column "${column}" (the ${role === "value" || role === "effort" ? `Pareto ${role}` : role}) was not found.`,
      params: { column, role },
    });
  };
}

function paretoFor(
  table: ClientTable,
  profile: Profile,
  cache: ColumnCache,
  locale: Locale,
  result: RatingResult,
  noteMissing: (column: string, role: string) => void,
): ParetoResult | null {
  const settings = profile.pareto;
  if (!settings) return null;
  const valueColumn = findColumn(table.headers, settings.value);
  if (valueColumn < 0) {
    noteMissing(settings.value, "value");
    return null;
  }
  let effort: Float64Array | undefined;
  let effortName: string | undefined;
  let effortColumn = -1;
  if (settings.effort) {
    effortColumn = findColumn(table.headers, settings.effort);
    if (effortColumn < 0) noteMissing(settings.effort, "effort");
    else {
      effort = cache.numbers(effortColumn, locale).values;
      effortName = table.headers[effortColumn];
    }
  }
  const valueName = table.headers[valueColumn];
  return memoPareto(cache, `${valueColumn}|${effortColumn}|${settings.share}|${locale}`, () =>
    computePareto(cache.numbers(valueColumn, locale).values, settings.share, effort, { value: valueName, effort: effortName }),
  );
}

function countGrades(result: RatingResult, profiles: Profile[], gradeIndex: Int8Array): void {
  const counted = profiles.map((profile) => new Float64Array(profile.scale.grades.length));
  for (let r = 0; r < result.count; r++) {
    const g = gradeIndex[r];
    if (g >= 0) counted[result.profileIndex[r]][g]++;
  }
  // A label not on the first profile's scale joins gradeCounts where the first client holding it stands:
  // counted row by row in that case, so the keys keep that order.
  const known = profiles.every((profile) => profile.scale.grades.every((grade) => grade !== "" && Object.hasOwn(result.gradeCounts, grade)));
  if (!known) {
    for (const grade of result.grades) if (grade !== "") result.gradeCounts[grade] = (result.gradeCounts[grade] ?? 0) + 1;
    return;
  }
  profiles.forEach((profile, p) => profile.scale.grades.forEach((grade, g) => (result.gradeCounts[grade] += counted[p][g])));
}

function clientName(table: ClientTable, index: number): string {
  const column = detectColumns(table.headers).client;
  if (column !== undefined) {
    const read = readText(table.rows[index]?.[column]);
    if (read.ok) return read.value;
  }
  return `client ${index + 1}`;
}

function addSummaryWarnings(
  table: ClientTable,
  result: RatingResult,
  profiles: Profile[],
  missingTallies: Map<string, MissingTally>,
): void {
  const warnings: RatingWarning[] = result.warnings;
  for (const tally of missingTallies.values()) {
    if (tally.count === 0) continue;
    warnings.push({
      code: "missing-values",
      message: `${tally.column}: ${tally.count} client${tally.count === 1 ? " has" : "s have"} no readable value (${tally.blank} blank, ${tally.error} Excel error, ${tally.unreadable} unreadable).`,
      params: { column: tally.column, count: tally.count, blank: tally.blank, error: tally.error, unreadable: tally.unreadable },
    });
  }
  let knocked = 0;
  let unassigned = 0;
  for (let r = 0; r < result.count; r++) {
    knocked += result.knockedOut[r];
    if (result.profileIndex[r] < 0) unassigned++;
  }
  if (knocked > 0) {
    warnings.push({
      code: "knocked-out",
      message: `${knocked} client${knocked === 1 ? " was" : "s were"} knocked out and given the last grade.`,
      params: { count: knocked },
    });
  }
  if (unassigned > 0) {
    warnings.push({
      code: "no-profile-for-rows",
      message: `${unassigned} row${unassigned === 1 ? "" : "s"} matched no profile and ${unassigned === 1 ? "was" : "were"} not rated.`,
      params: { count: unassigned },
    });
  }
  if (unassigned === result.count) {
    warnings.push({ code: "nothing-to-rate", message: "No row matched a profile, so nothing was rated." });
  }
  const pareto = result.pareto;
  if (!pareto) return;
  if (pareto.error) {
    warnings.push({ code: "pareto-total-not-positive", message: pareto.error, params: { total: pareto.total } });
  }
  if (pareto.excluded.length > 0) {
    warnings.push({
      code: "pareto-excluded",
      message: `${pareto.excluded.length} client${pareto.excluded.length === 1 ? " has" : "s have"} no readable ${pareto.valueColumn} and ${pareto.excluded.length === 1 ? "is" : "are"} left out of the Pareto view.`,
      params: { count: pareto.excluded.length, column: pareto.valueColumn },
    });
  }
  const nameOf = (index: number) => clientName(table, index);
  warnTooLarge(table, nameOf, warnings, pareto.tooLarge, pareto.valueColumn, "the Pareto view and its totals");
  if (pareto.effortColumn) warnTooLarge(table, nameOf, warnings, pareto.effortTooLarge ?? [], pareto.effortColumn, "the effort shares");
  if (pareto.largestWarning) {
    const name = clientName(table, pareto.largestIndex);
    warnings.push({
      code: "largest-client-share",
      message: `${name} alone brings ${percent(pareto.largestShare)} of ${pareto.valueColumn} (25% or more): a risky dependence on one client.`,
      params: { client: name, share: pareto.largestShare, column: pareto.valueColumn, profile: profiles[0].name },
    });
  }
}
