// "Rate clients": read the list in place, rate it with core, write the owned columns, formats,
// Pareto sheet, profile sheet and ownership records.
//
// All or nothing. Everything is read, validated (profiles, protection, cells in the way, room) and
// computed before the first write, so every user-facing error leaves the workbook untouched. The
// writes then come in two halves:
// 1. Bulk writes, in as many syncs as the payload limit needs: new table columns, the owned cells
//    (overwriting the previous run's in place), and the Pareto and Rating profile sheets built under
//    temporary names beside the previous ones.
// 2. One final sync (it rides with the last chunk) that swaps the new rating in: leftovers below a
//    shorter list cleared, our old conditional formats replaced, the previous owned sheets deleted
//    and the new ones renamed to their names, chart and PivotTable, workbook names, the ownership
//    record and the stored profile part (so the profile is saved only when the rating succeeded).
// If any sync fails, commit.ts undoes half 1: it deletes the temporary sheets and the columns this
// run added, and writes the previous owned cells back from what the read loaded (values and number
// formats). Half 2 needs no undo when its sync fails before applying anything (a payload or network
// failure, and the simulator's failAtSync). Known gap: Excel applies the operations of a failing sync
// up to the failing one, so an error inside half 2 itself can leave part of the swap done (README.md,
// "A failure part-way"); its first operation is the ownership record, so the next run knows what is ours
// and replaces it (test/excel/partWayFailure.test.ts).
import { buildDefaultProfile, buildFocus, clientNameColumn, findColumn, goodFitGrades, isIsoDay, parseProfile, rateClients, ratingDateOf, type Profile } from "../core";
import { RaterError } from "../core/errors";
import type { Language } from "../core/labels";
import type { ClientTable, RatingResult, RatingWarning } from "../core/types";
import { columnLetters, rectAt, type Rect } from "../shared/a1";
import { BlockWriter, type OutCell } from "./blockWriter";
import { assertNothingInTheWay, planColumns, type ColumnPlan } from "./columnPlan";
import { queueConditionalFormats, queueDeleteOwnedRules, type RuleInfo } from "./conditionalFormats";
import { chooseSheetName } from "./ownedSheets";
import { FOCUS_SHEET_NAME, HISTORY_SHEET_NAME, OWNED_KEYS, OWNED_NS, PARETO_SHEET_NAME, PROFILE_SHEET_NAME, columnName, type OwnedRecord } from "./ownership";
import { historyBytesPerCell, moversOutcome, planHistory, trendCells } from "./historyRun";
import { queueReadHistory, writeHistorySheet } from "./historySheet";
import { queueWordColumnWidths } from "./ownedWidths";
import { HISTORY_SHEET_BASES, historyWords } from "./sheetWords/history";
import { OWNED_FORMATS, ownedColumnCells, ownedHeadersFor, type OwnedCells } from "./ownedValues";
import { FOCUS_SHEET_BASE, FOCUS_SHEET_BASES, writeFocusSheet } from "./focusSheet";
import { focusOutcome } from "./focusOutcome";
import { writeParetoSheet, type QueueParetoObjects } from "./paretoSheet";
import { PROFILE_SHEET_BASES, profileSheetBase, writeProfileSheet } from "./profileSheet";
import { profilesFromState, queueProfilePart } from "./profileStore";
import { readSheet, type SheetRead } from "./readSheet";
import { ownedColumnRefs, queueRemoveColumns } from "./removal";
import { describePlacement, queueSelectFirstColumn } from "./placement";
import type { ColumnPlacement, RateOutcome, RateRequest } from "./types";
import { loadRuleAreas, loadSheetMeta, loadWorkbookState, type SheetMeta, type WorkbookState } from "./workbookState";
import { queueSwapSheet, temporarySheetName, undoBulkWrites, type UndoInfo } from "./commit";
import { serialized } from "./serial";
import { queueTableColumns } from "./tableColumns";
import { assertTableCanGrow } from "./tableRoom";
import { withCellAddresses } from "./warningCells";
import { assertNoMergedOwnedCells, assertNoUsersNameLikeOurs, assertSheetUnprotected, assertWorkbookUnlocked } from "./writeGuards";
import { buildXmlRecord } from "./xmlRecord";

export function rateWorkbook(context: Excel.RequestContext, request: RateRequest): Promise<RateOutcome> {
  return serialized(() => rateOnce(context, request));
}

async function rateOnce(context: Excel.RequestContext, request: RateRequest): Promise<RateOutcome> {
  try {
    return await rate(context, request);
  } catch (error) {
    if (error instanceof RaterError) throw error;
    throw new RaterError("internal", `Client Rater could not finish: ${(error as Error).message ?? String(error)}`);
  }
}

async function rate(context: Excel.RequestContext, request: RateRequest): Promise<RateOutcome> {
  const progress = request.onProgress;
  const state = await loadWorkbookState(context, request.sheetName);
  const profiles = requestedOrStoredProfiles(request, state);
  const sheetName = request.sheetName ?? profiles?.[0]?.sheet ?? state.activeSheet;
  const meta = await loadSheetMeta(context, state, sheetName);
  assertSheetUnprotected(meta);
  assertWorkbookUnlocked(state);
  assertNoUsersNameLikeOurs(state);
  const known = profiles ? profiles.flatMap((p) => p.criteria.map((c) => c.column)) : [];
  // Rides with the read's first sync: how much of the rating history there is to read.
  const readHistory = queueReadHistory(context, state);
  const read = await readSheet(context, state, meta, known, progress);
  if (read.table.rows.length === 0) {
    throw new RaterError("no-rows", `There are no clients under the header row of "${meta.name}".`);
  }
  if (profiles) assertSomeColumnFound(profiles, read.table.headers, meta.name);
  const locale = request.locale ?? profiles?.[0]?.locale ?? "en";
  const usedDefaultProfile = !profiles;
  // A fixed rating date is stored with every profile, so rating the saved file again gives the same grades.
  const used = withRatingDate(profiles ?? [buildDefaultProfile(read.table, locale, request.language ?? locale)], request.ratingDate);
  // Rating date: the request's asOf > the first profile's ratingDate (like locale, one date for the whole run) > today.
  const asOf = request.asOf ?? (used[0].ratingDate ? ratingDateOf(used[0].ratingDate) : new Date());
  // One language for everything the run writes: the user's (panel, ribbon, --locale) > the first profile's.
  const language = request.language ?? used[0].language ?? "en";
  const rated = used.map((p) => ({ ...p, language }));
  const result = rateClients(read.table, rated, { asOf, locale });
  const ratingDay = asOf.toISOString().slice(0, 10);
  const names = clientNames(read.table);
  const history = planHistory(await readHistory(historyBytesPerCell(names, result)), read.table, names, result, rated, ratingDay);
  const plan = planColumns(read, state, ownedHeadersFor(rated, result, language, history.comparison !== null));
  assertNothingInTheWay(read, plan, state);
  await assertNoMergedOwnedCells(context, plan);
  const placement = await describePlacement(context, read, plan);
  const table = read.tableName ? meta.tables.find((t) => t.name === read.tableName) : undefined;
  if (table) await assertTableCanGrow(context, table, plan);
  const warnings = [...withCellAddresses(result.warnings, read), ...history.warnings];
  // The previous rating may sit on another sheet: it is taken away there (one rated sheet per workbook).
  const ownedSheetNames = [PARETO_SHEET_NAME, PROFILE_SHEET_NAME, FOCUS_SHEET_NAME, HISTORY_SHEET_NAME];
  const otherSheet = [...state.names.values()].find((r) => r.sheet !== meta.name && state.sheetNames.includes(r.sheet) && !ownedSheetNames.includes(r.name))?.sheet;
  const otherMeta = otherSheet ? await loadSheetMeta(context, state, otherSheet) : null;
  if (otherMeta) await loadRuleAreas(context, otherMeta);

  progress?.(0, 1, "writing");
  const writer = new BlockWriter(context);
  const sheetNames = {
    profile: chooseSheetName(state, PROFILE_SHEET_NAME, profileSheetBase(language), PROFILE_SHEET_BASES),
    pareto: chooseSheetName(state, PARETO_SHEET_NAME, "Pareto"),
    focus: chooseSheetName(state, FOCUS_SHEET_NAME, FOCUS_SHEET_BASE[language], FOCUS_SHEET_BASES),
    history: chooseSheetName(state, HISTORY_SHEET_NAME, historyWords(language).sheetName, HISTORY_SHEET_BASES),
  };
  const temp = { profile: temporarySheetName(state, profileSheetBase(language)) };
  const tempPareto = temporarySheetName(state, "Pareto", [temp.profile]);
  const tempFocus = temporarySheetName(state, FOCUS_SHEET_BASE[language], [temp.profile, tempPareto]);
  const tempHistory = temporarySheetName(state, historyWords(language).sheetName, [temp.profile, tempPareto, tempFocus]);
  const undo: UndoInfo = { plan, block: read.block, readCol: read.readCol, tempSheets: [temp.profile, tempPareto, tempFocus, tempHistory] };
  const focus = buildFocus(read.table, result, rated, { asOf, locale, names });
  try {
    // Bulk writes (any number of syncs; undone on failure).
    writer.start();
    queueTableColumns(context, plan);
    const cells = ownedColumnCells(result, language, rated, history.comparison ? trendCells(history.comparison, language) : undefined);
    await writeOwnedColumns(writer, plan, cells, read.clientRows);
    context.workbook.worksheets.add(temp.profile);
    await writeProfileSheet(context, writer, temp.profile, used, language);
    const paretoObjects = await writeParetoData(context, writer, tempPareto, read, plan, result, request, language, warnings);
    context.workbook.worksheets.add(tempFocus);
    const focusObjects = await writeFocusSheet(context, writer, {
      sheetName: tempFocus,
      focus,
      profiles: rated,
      ratingDate: ratingDay,
      goodFitGrades: goodFitGrades(rated[0]),
      effortColumn: result.pareto?.effortColumn,
      history: { date: ratingDay, previousDate: history.previousDate, migration: history.comparison?.migration, counts: history.comparison?.counts },
    });
    context.workbook.worksheets.add(tempHistory);
    await writeHistorySheet(context, writer, {
      sheetName: tempHistory,
      table: history.merged,
      keyHeader: history.keys.header,
      byName: history.keys.byName,
      keep: history.keep,
      language,
    });

    // The final sync: everything that replaces the previous rating, in one batch. Excel applies a failing
    // batch up to the failing operation, so the ownership record goes first: whatever of ours a failure leaves
    // (names, sheets) is then known as ours to the next run, which replaces it.
    queueOwnedRecord(context, state, plan);
    if (otherMeta) {
      const metaOf = (s: string) => (s === otherMeta.name ? otherMeta : null);
      queueRemoveColumns(context, state, ownedColumnRefs(state, metaOf).filter((c) => c.ref.sheet === otherMeta.name), metaOf);
    }
    queueReplaceOwned(context, state, plan, meta.rules ?? []);
    queueConditionalFormats(context, plan, result.gradeLabels);
    queueWordColumnWidths(context, plan, cells, result.count);
    queueSwapSheet(context, state, PROFILE_SHEET_NAME, temp.profile, sheetNames.profile);
    if (paretoObjects) {
      queueSwapSheet(context, state, PARETO_SHEET_NAME, tempPareto, sheetNames.pareto);
      paretoObjects(sheetNames.pareto);
    } else if (state.names.has(PARETO_SHEET_NAME)) {
      queueRemoveParetoSheet(context, state);
    }
    queueSwapSheet(context, state, FOCUS_SHEET_NAME, tempFocus, sheetNames.focus);
    focusObjects(sheetNames.focus);
    queueSwapSheet(context, state, HISTORY_SHEET_NAME, tempHistory, sheetNames.history);
    queueProfilePart(context, state, used);
    placement.selected = queueSelectFirstColumn(context, plan, state.visibleSheets.includes(plan.sheet));
    queueRemoveDropped(context, state, meta, plan);
    await writer.flush();
  } catch (error) {
    await rollBack(context, undo);
    throw error instanceof RaterError ? error : new RaterError("internal", `Rating stopped while writing and was undone: ${(error as Error).message}`);
  }
  progress?.(1, 1, "done");
  return {
    ...outcome(meta.name, result, used, usedDefaultProfile, warnings, placement),
    focus: focusOutcome(focus, plan.headerRow, read.clientRows),
    movers: moversOutcome(history, plan.headerRow, read.clientRows),
  };
}

function requestedOrStoredProfiles(request: RateRequest, state: WorkbookState): Profile[] | undefined {
  if (request.profiles && request.profiles.length > 0) return validProfiles(request.profiles);
  const stored = profilesFromState(state);
  if (stored.status === "damaged") throw new RaterError("profile-damaged", stored.message ?? "The stored rating profile is damaged.");
  if (stored.status === "too-new") throw new RaterError("profile-too-new", stored.message ?? "The stored rating profile is too new.");
  return stored.status === "ok" && stored.profiles && stored.profiles.length > 0 ? stored.profiles : undefined;
}

function withRatingDate(profiles: Profile[], ratingDate: string | undefined): Profile[] {
  if (ratingDate === undefined) return profiles;
  if (!isIsoDay(ratingDate)) {
    throw new RaterError("invalid-profile", `The rating date must be a real date written YYYY-MM-DD, not "${ratingDate}".`, { field: "ratingDate" });
  }
  return profiles.map((profile) => ({ ...profile, ratingDate }));
}

/** The profiles passed in, checked like a stored one: a wrong field stops the run before any write. */
function validProfiles(profiles: unknown[]): Profile[] {
  return profiles.map((input, i) => {
    const parsed = parseProfile(input);
    if (parsed.ok) return parsed.profile;
    const first = parsed.errors[0];
    const field = `profiles[${i}]${first?.path ? `.${first.path}` : ""}`;
    const name = input && typeof input === "object" && typeof (input as { name?: unknown }).name === "string" ? ` "${(input as { name: string }).name}"` : "";
    throw new RaterError("invalid-profile", `The rating profile${name} is not valid: ${field}: ${first?.message ?? "unknown error"}.`, { field });
  });
}

/** A profile none of whose columns is on the sheet would grade every client the same: refuse it. */
function assertSomeColumnFound(profiles: Profile[], headers: string[], sheet: string): void {
  const wanted = [...new Set(profiles.flatMap((p) => p.criteria.map((c) => c.column)))];
  if (wanted.length === 0 || wanted.some((column) => findColumn(headers, column) >= 0)) return;
  const looked = wanted.map((c) => `"${c}"`).join(", ");
  const found = headers.map((h) => `"${h}"`).join(", ");
  throw new RaterError("missing-columns", `None of the columns the profile rates is on "${sheet}": looked for ${looked}; the headers are ${found}.`, {
    params: { columns: wanted.join(", "), headers: headers.join(", ") },
  });
}

/** Bulk phase: new table columns (their cells are written next). Appended plain cells need no call. */
/** Final sync: leftovers below a shorter list, our old rules, and names for the new columns. */
function queueReplaceOwned(context: Excel.RequestContext, state: WorkbookState, plan: ColumnPlan, rules: RuleInfo[]): void {
  const wb = context.workbook;
  const ws = wb.worksheets.getItem(plan.sheet);
  const existing = plan.columns.filter((c) => !c.isNew).map((c) => c.col);
  // A rule of the previous run may span a column this run drops: that column was ours too.
  queueDeleteOwnedRules(rules, [...existing, ...plan.dropped.map((d) => d.col)]);
  const tail = plan.clearToRow - plan.lastDataRow;
  if (tail > 0) for (const col of existing) ws.getRangeByIndexes(plan.lastDataRow + 1, col, tail, 1).clear(plan.tableName ? "Contents" : "All");
  for (const c of plan.columns) {
    if (!c.isNew) continue;
    const name = columnName(c.key);
    if (state.allOurNames.includes(name)) wb.names.getItem(name).delete();
    wb.names.add(name, ws.getRangeByIndexes(plan.headerRow, c.col, 1, 1));
  }
}

/** The ownership record and the stored profile (queued; written with the first sync). */
/** The new record is added before the old ones go, so at every point of the batch one is there. */
function queueOwnedRecord(context: Excel.RequestContext, state: WorkbookState, plan: ColumnPlan): void {
  const record: OwnedRecord = { sheet: plan.sheet, firstDataRow: plan.firstDataRow, lastDataRow: plan.lastDataRow, inTable: !!plan.tableName };
  context.workbook.customXmlParts.add(buildXmlRecord("clientRaterOwned", OWNED_NS, 1, record));
  for (const p of state.ownedParts) context.workbook.customXmlParts.getItem(p.id).delete();
}

/** Header and data cells of the owned columns, in runs of adjacent columns, chunked by the writer (rows made per chunk). */
async function writeOwnedColumns(writer: BlockWriter, plan: ColumnPlan, cells: OwnedCells, clientRows: number[]): Promise<void> {
  const sorted = [...plan.columns].sort((a, b) => a.col - b.col);
  const runs: (typeof sorted)[] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].col === c.col - 1) run.push(c);
    else runs.push([c]);
  }
  // Per sheet row from the first data row down: the client on it, -1 for a blank row inside the list (blank owned cells).
  const clientOnRow = new Int32Array(plan.lastDataRow - plan.firstDataRow + 1).fill(-1);
  const offset = plan.firstDataRow - plan.headerRow;
  clientRows.forEach((blockRow, i) => {
    clientOnRow[blockRow - offset] = i;
  });
  for (const run of runs) {
    const header = run.map((c) => c.header);
    const blank = run.map(() => "");
    const dataFormats = run.map((c) => OWNED_FORMATS[c.key]);
    const columnCells = run.map((c) => cells[c.key]);
    const dataRow = (r: number): OutCell[] => {
      const client = clientOnRow[r];
      return client < 0 ? blank : columnCells.map((cellOf) => cellOf(client));
    };
    const data = { count: clientOnRow.length, row: dataRow, format: () => dataFormats };
    if (plan.tableName) {
      // A table's header row keeps the table's own format.
      await writer.write(plan.sheet, plan.headerRow, run[0].col, [header]);
      await writer.writeRows(plan.sheet, plan.firstDataRow, run[0].col, data);
    } else {
      const headerFormats = run.map(() => "@");
      await writer.writeRows(plan.sheet, plan.headerRow, run[0].col, {
        count: clientOnRow.length + 1,
        row: (r) => (r === 0 ? header : dataRow(r - 1)),
        format: (r) => (r === 0 ? headerFormats : dataFormats),
      });
    }
  }
}

/** The Pareto sheet's cells on `sheetName` (a temporary name); null when there is no Pareto result. */
async function writeParetoData(
  context: Excel.RequestContext,
  writer: BlockWriter,
  sheetName: string,
  read: SheetRead,
  plan: ColumnPlan,
  result: RatingResult,
  request: RateRequest,
  language: Language,
  warnings: RatingWarning[],
): Promise<QueueParetoObjects | null> {
  if (!result.pareto) return null;
  context.workbook.worksheets.add(sheetName);
  const headerOf = (key: (typeof OWNED_KEYS)[number]) => plan.columns.find((c) => c.key === key)!.header;
  const nameIndex = clientNameColumn(read.table);
  const valueIndex = findColumn(read.table.headers, result.pareto.valueColumn);
  const pareto = valueIndex >= 0 ? { ...result.pareto, valueColumn: read.table.headers[valueIndex] } : result.pareto;
  return writeParetoSheet(
    context,
    writer,
    {
      sheetName,
      pareto,
      clientNames: clientNames(read.table),
      ...pivotSource(read, plan),
      gradeHeader: headerOf("grade"),
      nameHeader: exactHeader(read, nameIndex),
      pivotValueHeader: valueIndex >= 0 ? exactHeader(read, valueIndex) : pareto.valueColumn,
      valueShareHeader: headerOf("valueShare"),
      language,
    },
    warnings,
  );
}

/** The header cell's text as it is on the sheet (stray spaces kept): PivotTable fields are named by it. */
function exactHeader(read: SheetRead, index: number): string {
  const v = read.block.values[0]?.[read.dataCols[index] - read.readCol];
  return v === null || v === undefined || String(v) === "" ? read.table.headers[index] : String(v);
}

function queueRemoveParetoSheet(context: Excel.RequestContext, state: WorkbookState): void {
  const ref = state.names.get(PARETO_SHEET_NAME)!;
  context.workbook.names.getItem(PARETO_SHEET_NAME).delete();
  if (state.sheetNames.includes(ref.sheet)) context.workbook.worksheets.getItem(ref.sheet).delete();
}

/** Each client's name as the sheet writes it ("" where blank). */
function clientNames(table: ClientTable): string[] {
  const column = clientNameColumn(table);
  return table.rows.map((r) => (r[column] === null || r[column] === undefined ? "" : String(r[column])));
}

/**
 * Final sync, last: owned columns of a previous run that this run no longer writes (a potential column
 * unmapped, market criteria gone). Last, so the columns planned by index are written before any shifts.
 */
function queueRemoveDropped(context: Excel.RequestContext, state: WorkbookState, meta: SheetMeta, plan: ColumnPlan): void {
  if (plan.dropped.length === 0) return;
  const dropped = new Set(plan.dropped.map((d) => columnName(d.key)));
  const refs = ownedColumnRefs(state, (s) => (s === meta.name ? meta : null)).filter((c) => c.ref.sheet === meta.name && dropped.has(c.ref.name));
  queueRemoveColumns(context, state, refs, (s) => (s === meta.name ? meta : null));
  for (const name of dropped) if (state.allOurNames.includes(name)) context.workbook.names.getItem(name).delete();
}

/** The rated block for the PivotTable: it needs one contiguous range with a header on every column. */
function pivotSource(read: SheetRead, plan: ColumnPlan): { pivotSource: { sheet: string; rect: Rect } | null; pivotBlankHeader?: string } {
  const first = read.firstColumn;
  const last = Math.max(read.firstColumn + read.columnCount - 1, ...plan.columns.map((c) => c.col));
  const owned = new Set(plan.columns.map((c) => c.col));
  const header = read.block.values[0];
  for (let col = first; col <= last; col++) {
    if (owned.has(col)) continue;
    const v = header[col - read.readCol];
    if (v === null || v === undefined || String(v).trim() === "") return { pivotSource: null, pivotBlankHeader: columnLetters(col) };
  }
  return { pivotSource: { sheet: plan.sheet, rect: rectAt(plan.headerRow, first, plan.lastDataRow - plan.headerRow + 1, last - first + 1) } };
}

/** Best effort: the original error is what the user needs to see. */
async function rollBack(context: Excel.RequestContext, undo: UndoInfo): Promise<void> {
  try {
    await undoBulkWrites(context, undo);
  } catch {
    // Nothing more can be done from here; the user rates again.
  }
}

function outcome(
  sheetName: string,
  result: RatingResult,
  profiles: Profile[],
  usedDefaultProfile: boolean,
  warnings: RatingWarning[],
  placement: ColumnPlacement,
): RateOutcome {
  const p = result.pareto;
  return {
    sheetName,
    clients: result.count,
    gradeCounts: result.gradeCounts,
    gradeLabels: result.gradeLabels,
    pareto: p && !p.error ? { value: p.valueColumn, vitalFew: p.vitalFewCount, vitalFewShare: p.vitalFewShare, largestShare: p.largestShare, top20Share: p.top20Share, hhi: p.hhi } : null,
    warnings,
    profiles,
    usedDefaultProfile,
    placement,
  };
}

