// Parts of an imported .xlsx that exceljs does not write back, copied from the original package into the
// one exceljs wrote, so that saving never loses them: pictures and other drawings (with their media and
// charts), external workbook links (the targets of `[1]Sheet!A1` references) and defined names that are
// formulas or belong to one sheet, and the sheets' printer settings. exceljs's own image support is not used: it keeps only PNG/JPEG/GIF
// (a picture's SVG version, name and locks are lost) and it never reads external links.
// Whatever is still missing afterwards is listed by `droppedFeatures`.
import JSZip from "jszip";
import { Shift, isWholeBand, shiftIndex } from "../model/shift";
import { keepDataValidations, keepExtDataValidations, keepMacros, keepPivotCaches, keepPivotTables, keepProtectedRanges } from "./keptParts";
import { partBytes, partText } from "./zipPackage";
import {
  ContentTypes, Relationship, addRelationship, escapeAttr, parseRels, readRels, relativeTarget, relsPathOf, resolveTarget,
} from "./packageParts";

const WORKBOOK = "xl/workbook.xml";

export interface KeptSheet {
  sourcePart: string;
  outPart: string;
  outIndex: number;
  /** inserts and deletes applied since import, oldest first, to move drawing anchors with the cells */
  shifts: Shift[];
  /** names of the sheet's PivotTables in the model, written from it again: the file's parts of them are not kept */
  ownPivots?: string[];
}

export interface CarryOverInput {
  sheets: KeptSheet[];
  /** whether a workbook-scoped defined name of the original file still exists in the model */
  hasName: (name: string) => boolean;
  /** written as a macro-enabled workbook (.xlsm): the VBA project comes along */
  macroEnabled?: boolean;
}

export class PartCopier {
  private readonly copied = new Map<string, string>();
  constructor(
    private readonly source: JSZip,
    private readonly out: JSZip,
    private readonly sourceTypes: ContentTypes,
    private readonly outTypes: ContentTypes,
  ) {}

  /** Copies a part with everything its relationships reach; returns its path in the output. */
  async copy(part: string): Promise<string | null> {
    const done = this.copied.get(part);
    if (done) return done;
    const file = this.source.file(part);
    if (!file) return null;
    const dest = this.freePath(part);
    this.copied.set(part, dest);
    this.out.file(dest, await partBytes(file));
    const type = this.sourceTypes.typeOf(part);
    if (type) this.outTypes.declare(dest, type, !this.sourceTypes.overrides.has(part));
    const relsXml = await this.source.file(relsPathOf(part))?.async("string");
    if (relsXml) this.out.file(relsPathOf(dest), await this.rewriteRels(part, dest, relsXml));
    return dest;
  }

  /** Where an already copied source part went, if it was copied. */
  copiedPath(part: string): string | undefined {
    return this.copied.get(part);
  }

  private async rewriteRels(part: string, dest: string, xml: string): Promise<string> {
    const targets = new Map<string, string>();
    for (const rel of parseRels(xml)) {
      if (rel.external) continue;
      const copied = await this.copy(resolveTarget(part, rel.target));
      if (copied) targets.set(rel.id, relativeTarget(dest, copied));
    }
    return xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
      const target = targets.get(/\bId="([^"]*)"/.exec(tag)?.[1] ?? "");
      return target === undefined ? tag : tag.replace(/\bTarget="[^"]*"/, `Target="${escapeAttr(target)}"`);
    });
  }

  private freePath(part: string): string {
    if (!this.out.file(part)) return part;
    const m = /^(.*?)(\d*)(\.[^./]+)?$/.exec(part)!;
    for (let n = 1; ; n++) {
      const candidate = `${m[1]}${n}${m[3] ?? ""}`;
      if (!this.out.file(candidate)) return candidate;
    }
  }
}

// Schema order of <worksheet> children around <drawing> (ECMA-376 Part 1, 18.3.1.99). These are top-level only;
// <extLst> is not (conditional formats carry their own), so the drawing goes after the last element before it.
const BEFORE_DRAWING = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags"];
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts"];

export function insertDrawingElement(sheetXml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  let after = -1;
  for (const tag of BEFORE_DRAWING) {
    const m = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(sheetXml);
    if (m) after = Math.max(after, m.index + m[0].length);
  }
  if (after >= 0) return sheetXml.slice(0, after) + element + sheetXml.slice(after);
  for (const tag of AFTER_DRAWING) {
    const at = sheetXml.search(new RegExp(`<${tag}[\\s>/]`));
    if (at >= 0) return sheetXml.slice(0, at) + element + sheetXml.slice(at);
  }
  const ext = /<extLst>(?:(?!<extLst>)[\s\S])*<\/extLst>\s*<\/worksheet>/.exec(sheetXml);
  const at = ext ? ext.index : sheetXml.lastIndexOf("</worksheet>");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Moves the cell anchors of a drawing the way Excel moves pictures when whole rows or columns are inserted or deleted. */
function shiftAnchors(drawingXml: string, shifts: Shift[]): string {
  const moving = shifts.filter(isWholeBand);
  if (moving.length === 0) return drawingXml;
  const move = (index: number, axis: Shift["axis"]) =>
    moving.reduce((i, s) => (s.axis !== axis ? i : shiftIndex(i, s) ?? s.at), index);
  return drawingXml.replace(/<(\w+:)?(from|to)>([\s\S]*?)<\/\1?\2>/g, (whole, _p, _tag, inner: string) =>
    whole.replace(inner, inner
      .replace(/<((?:\w+:)?col)>(\d+)<\/\1>/, (_m, tag, n) => `<${tag}>${move(Number(n), "column")}</${tag}>`)
      .replace(/<((?:\w+:)?row)>(\d+)<\/\1>/, (_m, tag, n) => `<${tag}>${move(Number(n), "row")}</${tag}>`)),
  );
}

async function keepDrawings(source: JSZip, out: JSZip, copier: PartCopier, sheet: KeptSheet): Promise<void> {
  const sourceXml = await source.file(sheet.sourcePart)?.async("string");
  const outXml = await out.file(sheet.outPart)?.async("string");
  const drawingId = sourceXml && /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sourceXml)?.[1];
  if (!drawingId || !outXml || /<drawing\b/.test(outXml)) return;
  const rel = (await readRels(source, sheet.sourcePart)).find((r) => r.id === drawingId && !r.external);
  if (!rel) return;
  const drawing = await copier.copy(resolveTarget(sheet.sourcePart, rel.target));
  if (!drawing) return;
  if (sheet.shifts.length) out.file(drawing, shiftAnchors(await out.file(drawing)!.async("string"), sheet.shifts));
  const id = await addRelationship(out, sheet.outPart, rel.type, relativeTarget(sheet.outPart, drawing));
  out.file(sheet.outPart, insertDrawingElement(outXml, id));
}

/** The printer settings part a sheet's <pageSetup r:id> points at (exceljs writes <pageSetup> without it). */
async function keepPrinterSettings(source: JSZip, out: JSZip, copier: PartCopier, sheet: KeptSheet): Promise<void> {
  const sourceXml = await source.file(sheet.sourcePart)?.async("string");
  const outXml = await out.file(sheet.outPart)?.async("string");
  const settingsId = sourceXml && /<pageSetup\b[^>]*\br:id="([^"]+)"/.exec(sourceXml)?.[1];
  if (!settingsId || !outXml || !/<pageSetup\b(?![^>]*\br:id=)/.test(outXml)) return;
  const rel = (await readRels(source, sheet.sourcePart)).find((r) => r.id === settingsId && !r.external);
  const part = rel ? await copier.copy(resolveTarget(sheet.sourcePart, rel.target)) : null;
  if (!rel || !part) return;
  const id = await addRelationship(out, sheet.outPart, rel.type, relativeTarget(sheet.outPart, part));
  out.file(sheet.outPart, outXml.replace(/<pageSetup\b/, `<pageSetup r:id="${id}"`));
}

function insertAfterSheets(workbookXml: string, element: string): string {
  return workbookXml.replace(/<\/sheets>|<sheets\s*\/>/, (m) => `${m}${element}`);
}

async function keepExternalLinks(source: JSZip, out: JSZip, copier: PartCopier): Promise<void> {
  const sourceXml = (await source.file(WORKBOOK)?.async("string")) ?? "";
  const block = /<externalReferences>([\s\S]*?)<\/externalReferences>/.exec(sourceXml);
  let outXml = (await out.file(WORKBOOK)?.async("string")) ?? "";
  if (!block || /<externalReferences>/.test(outXml)) return;
  const rels = await readRels(source, WORKBOOK);
  const ids: string[] = [];
  for (const m of block[1].matchAll(/<externalReference\b[^>]*\br:id="([^"]+)"/g)) {
    const rel = rels.find((r) => r.id === m[1]);
    const part = rel && !rel.external ? await copier.copy(resolveTarget(WORKBOOK, rel.target)) : null;
    // a link that cannot be copied still needs its place: `[n]` in formulas counts positions
    if (!rel || !part) return;
    ids.push(await addRelationship(out, WORKBOOK, rel.type, relativeTarget(WORKBOOK, part)));
  }
  outXml = (await out.file(WORKBOOK)!.async("string"));
  outXml = insertAfterSheets(outXml, `<externalReferences>${ids.map((id) => `<externalReference r:id="${id}"/>`).join("")}</externalReferences>`);
  out.file(WORKBOOK, outXml);
}

async function sheetOrder(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file(WORKBOOK)?.async("string")) ?? "";
  const rels = await readRels(zip, WORKBOOK);
  return [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const rel = rels.find((r) => r.id === id);
    return rel ? resolveTarget(WORKBOOK, rel.target) : "";
  });
}

async function keepDefinedNames(source: JSZip, out: JSZip, input: CarryOverInput): Promise<void> {
  const sourceXml = (await source.file(WORKBOOK)?.async("string")) ?? "";
  let outXml = (await out.file(WORKBOOK)?.async("string")) ?? "";
  const key = (name: string, local: string | undefined) => `${name.toLowerCase()}|${local ?? ""}`;
  const written = new Set([...outXml.matchAll(/<definedName\b[^>]*>/g)].map((m) => key(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "", /\blocalSheetId="(\d+)"/.exec(m[0])?.[1])));
  const order = await sheetOrder(source);
  const added: string[] = [];
  for (const m of sourceXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1] ?? "";
    if (name === "_xlnm._FilterDatabase") continue; // exceljs writes it from the autofilter
    const local = /\blocalSheetId="(\d+)"/.exec(m[1])?.[1];
    let attrs = m[1];
    if (local !== undefined) {
      const sheet = input.sheets.find((s) => s.sourcePart === order[Number(local)]);
      if (!sheet) continue;
      if (written.has(key(name, String(sheet.outIndex)))) continue;
      attrs = attrs.replace(/\blocalSheetId="\d+"/, `localSheetId="${sheet.outIndex}"`);
    } else if (written.has(key(name, undefined)) || !input.hasName(name.replace(/&amp;/g, "&"))) continue;
    added.push(`<definedName${attrs}>${m[2]}</definedName>`);
  }
  if (added.length === 0) return;
  if (/<definedNames>/.test(outXml)) outXml = outXml.replace("</definedNames>", `${added.join("")}</definedNames>`);
  else if (/<\/externalReferences>/.test(outXml)) outXml = outXml.replace("</externalReferences>", `</externalReferences><definedNames>${added.join("")}</definedNames>`);
  else outXml = insertAfterSheets(outXml, `<definedNames>${added.join("")}</definedNames>`);
  out.file(WORKBOOK, outXml);
}

/**
 * The keepers below read the source sheet's XML for what sits beside its cells (drawing, page setup, validations...),
 * five reads in all: its cells, by far the largest part (the model holds them), are dropped from the in-memory copy once.
 */
async function dropSourceCells(source: JSZip, part: string): Promise<void> {
  const xml = await partText(source, part);
  if (xml === undefined) return;
  const open = xml.indexOf("<sheetData");
  const close = xml.lastIndexOf("</sheetData>");
  if (open >= 0 && close > open) source.file(part, `${xml.slice(0, open)}<sheetData/>${xml.slice(close + "</sheetData>".length)}`);
}

export async function carryOver(source: JSZip, out: JSZip, input: CarryOverInput): Promise<void> {
  const sourceTypes = await ContentTypes.read(source);
  const outTypes = await ContentTypes.read(out);
  const copier = new PartCopier(source, out, sourceTypes, outTypes);
  for (const sheet of input.sheets) {
    await dropSourceCells(source, sheet.sourcePart);
    await keepDrawings(source, out, copier, sheet);
    await keepPrinterSettings(source, out, copier, sheet);
    await keepProtectedRanges(source, out, sheet);
    await keepDataValidations(source, out, sheet);
    await keepExtDataValidations(source, out, sheet);
    await keepPivotTables(source, out, copier, sheet);
  }
  await keepPivotCaches(source, out, copier);
  if (input.macroEnabled) await keepMacros(source, out, copier, outTypes);
  await keepExternalLinks(source, out, copier);
  await keepDefinedNames(source, out, input);
  outTypes.write(out);
}

// Relationship types that exceljs rewrites in its own way (or that are rebuilt from the model).
const REWRITTEN = new Set([
  "officeDocument", "worksheet", "styles", "theme", "sharedStrings", "calcChain", "core-properties", "metadata/core-properties",
  "extended-properties", "table", "hyperlink", "customXml", "customXmlProps",
]);

const FEATURE_NAMES: Record<string, string> = {
  printerSettings: "printer settings",
  comments: "comments",
  vmlDrawing: "comments or form controls (VML drawings)",
  threadedComment: "threaded comments",
  person: "threaded comment authors",
  pivotTable: "PivotTables",
  pivotCacheDefinition: "PivotTable caches",
  drawing: "drawings (pictures, shapes, charts)",
  image: "pictures",
  chart: "charts",
  externalLink: "external workbook links",
  vbaProject: "macros",
  connections: "data connections",
  queryTable: "query tables",
  slicer: "slicers",
  slicerCache: "slicer caches",
  timeline: "timelines",
  ctrlProp: "form controls",
  oleObject: "embedded objects",
  package: "embedded objects",
  "custom-properties": "custom document properties",
};

async function relationshipTypes(zip: JSZip): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    for (const rel of parseRels(await zip.file(path)!.async("string")) as Relationship[]) {
      const type = rel.type.split("/").pop() ?? rel.type;
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  return counts;
}

/** Features of the source package that the output lacks (compared by relationship type), for a warning. */
export async function droppedFeatures(source: JSZip, out: JSZip): Promise<string[]> {
  const before = await relationshipTypes(source);
  const after = await relationshipTypes(out);
  const dropped: string[] = [];
  for (const [type, count] of before) {
    if (REWRITTEN.has(type) || type.startsWith("http")) continue;
    const lost = count - (after.get(type) ?? 0);
    if (lost > 0) dropped.push(`${FEATURE_NAMES[type] ?? type} (${lost} of ${count})`);
  }
  return dropped.sort();
}
