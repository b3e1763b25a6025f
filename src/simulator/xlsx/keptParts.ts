// More of an imported package that exceljs does not write back, carried over by carryOver.ts: data
// validation rules, a protected sheet's Allow Edit Ranges, PivotTables with their caches, and the VBA project of a macro-enabled workbook.
import JSZip from "jszip";
import { formatLocal, tryParseRect } from "../../shared/a1";
import { shiftRect } from "../model/shift";
import type { KeptSheet, PartCopier } from "./carryOver";
import { escapeXmlText } from "./xmlText";
import { ContentTypes, addRelationship, readRels, relativeTarget, resolveTarget } from "./packageParts";

const WORKBOOK = "xl/workbook.xml";
const MACRO_ENABLED_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

// <worksheet> children that come after <dataValidations> (ECMA-376 Part 1, 18.3.1.99).
const AFTER_VALIDATIONS = [
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts",
];
const AFTER_PROTECTED_RANGES = [
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", ...AFTER_VALIDATIONS,
];
// <workbook> children that come after <pivotCaches> (18.2.27).
export const AFTER_PIVOT_CACHES = ["smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects"];

/** Before the first of `laterTags`, else before the part's own closing <extLst> (not one inside a rule), else at the end. */
export function insertBefore(xml: string, laterTags: string[], closing: string, element: string): string {
  const found = laterTags.map((tag) => xml.search(new RegExp(`<${tag}[\\s>/]`))).filter((i) => i >= 0);
  const ownExtLst = new RegExp(`<extLst>(?:(?!<extLst>)[\\s\\S])*</extLst>\\s*${closing}`).exec(xml);
  const at = found.length ? Math.min(...found) : ownExtLst ? ownExtLst.index : xml.lastIndexOf(closing);
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The sheet's data validation rules, their ranges moved with the cells inserted or deleted since import. */
export function keepDataValidations(source: JSZip, out: JSZip, sheet: KeptSheet): Promise<void> {
  return keepRangeList(source, out, sheet, "dataValidations", "dataValidation", AFTER_VALIDATIONS);
}

/** Review > Allow Edit Ranges: the ranges (with their own password hashes) a protected sheet lets users edit. */
export function keepProtectedRanges(source: JSZip, out: JSZip, sheet: KeptSheet): Promise<void> {
  return keepRangeList(source, out, sheet, "protectedRanges", "protectedRange", AFTER_PROTECTED_RANGES);
}

/** A worksheet element listing items with an `sqref` each, copied with the ranges moved; an item left without cells goes. */
async function keepRangeList(source: JSZip, out: JSZip, sheet: KeptSheet, list: string, item: string, laterTags: string[]): Promise<void> {
  const sourceXml = await source.file(sheet.sourcePart)?.async("string");
  const outXml = await out.file(sheet.outPart)?.async("string");
  const block = sourceXml && new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(sourceXml);
  if (!block || !outXml || new RegExp(`<${list}\\b`).test(outXml)) return;
  const items = [...block[1].matchAll(new RegExp(`<${item}\\b[\\s\\S]*?(?:</${item}>|/>)`, "g"))]
    .map((m) => m[0].replace(/\bsqref="([^"]*)"/, (_all, sqref: string) => `sqref="${movedSqref(sqref, sheet)}"`))
    .filter((x) => !/\bsqref=""/.test(x));
  if (items.length === 0) return;
  const attrs = new RegExp(`<${list}\\b([^>]*)>`).exec(block[0])![1].replace(/\bcount="\d+"/, `count="${items.length}"`);
  out.file(sheet.outPart, insertBefore(outXml, laterTags, "</worksheet>", `<${list}${attrs}>${items.join("")}</${list}>`));
}

const X14_VALIDATIONS_URI = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";

/**
 * Data validation rules Excel keeps in the sheet's <extLst> (x14:dataValidations: a list on another sheet, as
 * Excel 2010 saves it), their <xm:sqref> moved; namespace prefixes declared on the source's root are declared
 * on the copied <ext>, which the output's root may not declare.
 */
export async function keepExtDataValidations(source: JSZip, out: JSZip, sheet: KeptSheet): Promise<void> {
  const sourceXml = await source.file(sheet.sourcePart)?.async("string");
  const outXml = await out.file(sheet.outPart)?.async("string");
  const ext = sourceXml && new RegExp(`<ext\\b[^>]*uri="${X14_VALIDATIONS_URI.replace(/[{}]/g, "\\$&")}"[\\s\\S]*?</ext>`).exec(sourceXml)?.[0];
  if (!ext || !outXml || outXml.includes(X14_VALIDATIONS_URI)) return;
  const moved = ext.replace(/<xm:sqref>([^<]*)<\/xm:sqref>/g, (_all, sqref: string) => `<xm:sqref>${movedSqref(sqref, sheet)}</xm:sqref>`);
  const rootTag = /<worksheet\b[^>]*>/.exec(sourceXml)?.[0] ?? "";
  const declared = new Set([...moved.matchAll(/\bxmlns:(\w+)=/g)].map((m) => m[1]));
  const used = new Set([...moved.matchAll(/<\/?(\w+):/g)].map((m) => m[1]));
  const missing = [...used].filter((p) => !declared.has(p)).map((p) => new RegExp(`\\bxmlns:${p}="[^"]*"`).exec(rootTag)?.[0]).filter((d) => d !== undefined);
  const element = missing.length ? moved.replace(/^<ext\b/, `<ext ${missing.join(" ")}`) : moved;
  const own = /<extLst>(?:(?!<extLst>)[\s\S])*<\/extLst>\s*<\/worksheet>/.exec(outXml);
  const updated = own
    ? outXml.slice(0, own.index) + own[0].replace(/<\/extLst>(\s*<\/worksheet>)$/, `${element}</extLst>$1`) + outXml.slice(own.index + own[0].length)
    : outXml.replace(/<\/worksheet>\s*$/, `<extLst>${element}</extLst></worksheet>`);
  out.file(sheet.outPart, updated);
}

function movedSqref(sqref: string, sheet: KeptSheet): string {
  return sqref
    .split(/\s+/)
    .map((ref) => {
      let rect = tryParseRect(ref.replace(/\$/g, ""));
      for (const shift of sheet.shifts) rect = rect && shiftRect(rect, shift);
      return rect ? formatLocal(rect) : "";
    })
    .filter((ref) => ref !== "")
    .join(" ");
}

/**
 * The sheet's PivotTables (each with its cache and records, reached through the part's relationships).
 * Not when cells were inserted or deleted on the sheet since import: the table's location would be stale,
 * and droppedFeatures names it instead.
 */
export async function keepPivotTables(source: JSZip, out: JSZip, copier: PartCopier, sheet: KeptSheet): Promise<void> {
  if (sheet.shifts.length > 0) return;
  const outRels = await readRels(out, sheet.outPart);
  if (outRels.some((r) => r.type.endsWith("/pivotTable"))) return;
  for (const rel of await readRels(source, sheet.sourcePart)) {
    if (rel.external || !rel.type.endsWith("/pivotTable")) continue;
    const target = resolveTarget(sheet.sourcePart, rel.target);
    const name = /<pivotTableDefinition\b[^>]*\bname="([^"]*)"/.exec((await source.file(target)?.async("string")) ?? "")?.[1];
    if (name !== undefined && sheet.ownPivots?.some((own) => escapeXmlText(own) === name)) continue;
    const part = await copier.copy(target);
    if (part) await addRelationship(out, sheet.outPart, rel.type, relativeTarget(sheet.outPart, part));
  }
}

/** The workbook's <pivotCaches> entries for the caches the kept PivotTables use, with their cache ids. */
export async function keepPivotCaches(source: JSZip, out: JSZip, copier: PartCopier): Promise<void> {
  const sourceXml = (await source.file(WORKBOOK)?.async("string")) ?? "";
  let outXml = (await out.file(WORKBOOK)?.async("string")) ?? "";
  if (/<pivotCaches>/.test(outXml)) return;
  const rels = await readRels(source, WORKBOOK);
  const entries: string[] = [];
  for (const m of sourceXml.matchAll(/<pivotCache\b[^>]*\bcacheId="(\d+)"[^>]*\br:id="([^"]+)"[^>]*\/>/g)) {
    const rel = rels.find((r) => r.id === m[2] && !r.external);
    const copied = rel && copier.copiedPath(resolveTarget(WORKBOOK, rel.target));
    if (!rel || !copied) continue;
    const id = await addRelationship(out, WORKBOOK, rel.type, relativeTarget(WORKBOOK, copied));
    entries.push(`<pivotCache cacheId="${m[1]}" r:id="${id}"/>`);
  }
  if (entries.length === 0) return;
  outXml = (await out.file(WORKBOOK)!.async("string"));
  out.file(WORKBOOK, insertBefore(outXml, AFTER_PIVOT_CACHES, "</workbook>", `<pivotCaches>${entries.join("")}</pivotCaches>`));
}

/** A macro-enabled workbook: its VBA project (and signature) and the main part's macro-enabled content type. */
export async function keepMacros(source: JSZip, out: JSZip, copier: PartCopier, outTypes: ContentTypes): Promise<void> {
  outTypes.setOverride(WORKBOOK, MACRO_ENABLED_MAIN);
  if ((await readRels(out, WORKBOOK)).some((r) => r.type.endsWith("/vbaProject"))) return;
  for (const rel of await readRels(source, WORKBOOK)) {
    if (rel.external || !rel.type.endsWith("/vbaProject")) continue;
    const part = await copier.copy(resolveTarget(WORKBOOK, rel.target));
    if (part) await addRelationship(out, WORKBOOK, rel.type, relativeTarget(WORKBOOK, part));
  }
}

/** Whether a package is a macro-enabled workbook (.xlsm), by its main part's content type. */
export async function isMacroEnabled(zip: JSZip): Promise<boolean> {
  return (await ContentTypes.read(zip)).typeOf(WORKBOOK) === MACRO_ENABLED_MAIN;
}
