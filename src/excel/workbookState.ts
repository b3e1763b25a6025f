// The first two syncs of every operation: what the workbook holds of ours (names, custom XML parts,
// owned sheets) and the candidate sheet's metadata. Everything else is planned from this.
import { RaterError } from "../core/errors";
import { type Rect } from "../shared/a1";
import { parseAddress, type SheetRect } from "../shared/sheetName";
import { NAME_PREFIX, OWNED_NS, PROFILE_NS, isUsersNameLikeOurs, parseOwnedRecord, type OwnedRecord } from "./ownership";
import { readXmlRecord } from "./xmlRecord";
import { queueRuleAreas, queueRuleList, type RuleInfo } from "./conditionalFormats";
import { queueReadSample } from "./readSample";

/** The top-left cell of one of our names. */
export interface NamedRef {
  name: string;
  sheet: string;
  row: number;
  col: number;
}

export interface SheetMeta {
  name: string;
  protected: boolean;
  /** Bounding box of cells with values; null on an empty sheet. */
  valuesUsed: Rect | null;
  /** Bounding box of cells with values or formats. */
  allUsed: Rect | null;
  tables: TableInfo[];
  /** The sheet's conditional-format rules (types only until their areas are loaded, see conditionalFormats.ts). */
  ruleList: Excel.ConditionalFormatCollection;
  /** Bytes per cell of the sheet's top cells (readSample.ts), to size the first read chunk. */
  sampleBytesPerCell?: number;
  /** Filled once the rules' areas are loaded. */
  rules?: RuleInfo[];
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** The whole table: header, body and totals row. */
  rect: Rect;
  headers: string[];
  showTotals: boolean;
  /** Last column (0-based) holding a value on the table's rows, anywhere on the sheet; -1 if none. */
  rowsLastUsedCol: number;
}

export interface WorkbookState {
  sheetNames: string[];
  /** Sheets a user sees: only these can be selected. */
  visibleSheets: string[];
  activeSheet: string;
  /** Our names (ClientRater_*) that still point at a range. */
  names: Map<string, NamedRef>;
  /** Every name of ours, broken ones (#REF!) included, so they can be deleted before re-adding. */
  allOurNames: string[];
  profileParts: { id: string; xml: string }[];
  ownedParts: { id: string; xml: string }[];
  ownedRecord: OwnedRecord | null;
  /** The user's own names that Excel would take for ours: never touched, and a rating refuses to run. */
  usersNamesLikeOurs: string[];
  /** Review > Protect Workbook: Excel refuses to add, delete or rename sheets. */
  structureProtected: boolean;
  meta: SheetMeta | null;
}

type Loadable<T> = { value: T };

/**
 * Sync 1: lists (names, parts, sheets, tables). Sync 2: part contents, our names' ranges, table ranges
 * and the metadata of `guessSheet` (the requested or active sheet). `loadSheetMeta` adds one sync only
 * when the stored profile names another sheet.
 */
export async function loadWorkbookState(context: Excel.RequestContext, guessSheet?: string): Promise<WorkbookState> {
  const wb = context.workbook;
  const profileParts = wb.customXmlParts.getByNamespace(PROFILE_NS).load("items/id");
  const ownedParts = wb.customXmlParts.getByNamespace(OWNED_NS).load("items/id");
  const names = wb.names.load("items/name,items/type,items/value");
  const sheets = wb.worksheets.load("items/name,items/visibility");
  const active = wb.worksheets.getActiveWorksheet().load("name");
  const tables = wb.tables.load("items/name,items/showTotals");
  const protection = wb.protection.load("protected");
  await context.sync();

  const profileXml = profileParts.items.map((p) => ({ id: p.id, xml: p.getXml() as Loadable<string> }));
  const ownedXml = ownedParts.items.map((p) => ({ id: p.id, xml: p.getXml() as Loadable<string> }));
  const evidence = { ownedRecord: ownedParts.items.length > 0, profilePart: profileParts.items.length > 0 };
  const usersNames = names.items.filter((n) => isUsersNameLikeOurs(n.name, evidence)).map((n) => n.name);
  const ourNames = names.items.filter((n) => n.name.startsWith(NAME_PREFIX) && !usersNames.includes(n.name));
  const ours = ourNames.filter((n) => n.type === "Range" && !/#REF!/.test(String(n.value)));
  const nameRanges = ours.map((n) => ({ name: n.name, range: n.getRangeOrNullObject().load("address") }));
  const tableRanges = tables.items.map((t) => ({
    name: t.name,
    showTotals: t.showTotals,
    range: t.getRange().load("address"),
    header: t.getHeaderRowRange().load("values"),
    // Adding a table column shifts everything right of the table on its rows: know if anything is there.
    rowsUsed: t.getRange().getEntireRow().getUsedRangeOrNullObject(true).load("address"),
  }));
  const sheetName = guessSheet ?? active.name;
  const sheetExists = sheets.items.some((s) => s.name === sheetName);
  const pendingMeta = sheetExists ? queueSheetMeta(context, sheetName) : null;
  await context.sync();

  const namedRefs = new Map<string, NamedRef>();
  for (const { name, range } of nameRanges) {
    if (range.isNullObject) continue;
    const { sheet, rect } = parseAddress(range.address);
    namedRefs.set(name, { name, sheet: sheet ?? "", row: rect.r0, col: rect.c0 });
  }
  const tableRects: TableInfo[] = tableRanges.map((t) => ({
    name: t.name,
    ...tableWhere(t.range.address),
    headers: (t.header.values[0] ?? []).map((v) => (v === null || v === undefined ? "" : String(v))),
    showTotals: t.showTotals,
    rowsLastUsedCol: t.rowsUsed.isNullObject ? -1 : parseAddress(t.rowsUsed.address).rect.c1,
  }));
  const ownedTexts = ownedXml.map((p) => ({ id: p.id, xml: p.xml.value }));
  let ownedRecord: OwnedRecord | null = null;
  for (const p of ownedTexts) {
    const rec = readXmlRecord(p.xml);
    if (rec.ok) ownedRecord = parseOwnedRecord(rec.text) ?? ownedRecord;
  }
  const state: WorkbookState = {
    sheetNames: sheets.items.map((s) => s.name),
    visibleSheets: sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name),
    activeSheet: active.name,
    names: namedRefs,
    allOurNames: ourNames.map((n) => n.name),
    usersNamesLikeOurs: usersNames,
    profileParts: profileXml.map((p) => ({ id: p.id, xml: p.xml.value })),
    ownedParts: ownedTexts,
    ownedRecord,
    structureProtected: protection.protected,
    meta: null,
  };
  (state as WorkbookStateInternal).tableRects = tableRects;
  if (pendingMeta) state.meta = pendingMeta.resolve(tableRects);
  return state;
}

function tableWhere(address: string): { sheet: string; rect: Rect } {
  const { sheet, rect } = parseAddress(address);
  return { sheet: sheet ?? "", rect };
}

interface WorkbookStateInternal extends WorkbookState {
  tableRects: TableInfo[];
}

/**
 * The active cell, asked for only when a sheet has several tables (one more sync). A failure is not
 * swallowed: a run whose reads failed must fail, not go on with a different choice of table.
 */
export async function loadActiveCell(context: Excel.RequestContext): Promise<SheetRect> {
  const cell = context.workbook.getActiveCell().load("address");
  await context.sync();
  return parseAddress(cell.address);
}

function queueSheetMeta(context: Excel.RequestContext, sheetName: string) {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const protection = ws.protection.load("protected");
  const valuesUsed = ws.getUsedRangeOrNullObject(true).load("address");
  const allUsed = ws.getUsedRangeOrNullObject(false).load("address");
  const ruleList = queueRuleList(context, sheetName);
  const sample = queueReadSample(ws);
  return {
    resolve(tableRects: TableInfo[]): SheetMeta {
      return {
        name: sheetName,
        protected: protection.protected,
        valuesUsed: valuesUsed.isNullObject ? null : parseAddress(valuesUsed.address).rect,
        allUsed: allUsed.isNullObject ? null : parseAddress(allUsed.address).rect,
        tables: tableRects.filter((t) => t.sheet === sheetName),
        ruleList,
        sampleBytesPerCell: sample(),
      };
    },
  };
}

/** The areas of the sheet's rules (one more sync), when no read was there to carry them. */
export async function loadRuleAreas(context: Excel.RequestContext, meta: SheetMeta): Promise<RuleInfo[]> {
  if (!meta.rules) {
    const rules = queueRuleAreas(meta.ruleList);
    await context.sync();
    meta.rules = rules();
  }
  return meta.rules;
}

/** Metadata of a sheet other than the guessed one (one more sync). */
export async function loadSheetMeta(context: Excel.RequestContext, state: WorkbookState, sheetName: string): Promise<SheetMeta> {
  if (!state.sheetNames.includes(sheetName)) {
    throw new RaterError("sheet-not-found", `There is no sheet named "${sheetName}" in this workbook.`, { params: { sheet: sheetName } });
  }
  if (state.meta?.name === sheetName) return state.meta;
  const pending = queueSheetMeta(context, sheetName);
  await context.sync();
  return pending.resolve((state as WorkbookStateInternal).tableRects);
}
