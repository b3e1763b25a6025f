// The PivotTables and charts the add-in created, written as real parts into the package exceljs wrote
// (exceljs writes neither): per PivotTable a cache definition with its records and the table part, tied to
// the workbook's <pivotCaches> and the sheet; per sheet with charts a drawing anchoring one chart part each.
// Runs after carryOver.ts, so a drawing kept from the imported file gets the new charts added to it.
import JSZip from "jszip";
import { columnLetters } from "../../shared/a1";
import { quoteSheet } from "../../shared/sheetName";
import { SeriesRef } from "../model/objects";
import { WorkbookModel } from "../model/workbook";
import { chartXml } from "./chartXml";
import { chartAnchor, drawingXml, mergeIntoDrawing } from "./drawingXml";
import { insertDrawingElement } from "./carryOver";
import { AFTER_PIVOT_CACHES, insertBefore } from "./keptParts";
import { ContentTypes, addRelationship, parseRels, readRels, relativeTarget, relsPathOf, resolveTarget } from "./packageParts";
import { pivotCaptions } from "../model/pivotCaptions";
import { pivotParts } from "./pivotXml";
import { escapeXmlText } from "./xmlText";

const WORKBOOK = "xl/workbook.xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument";
const CONTENT = {
  pivotTable: `${TYPE}.spreadsheetml.pivotTable+xml`,
  cacheDefinition: `${TYPE}.spreadsheetml.pivotCacheDefinition+xml`,
  cacheRecords: `${TYPE}.spreadsheetml.pivotCacheRecords+xml`,
  drawing: `${TYPE}.drawing+xml`,
  chart: `${TYPE}.drawingml.chart+xml`,
};

// Formats every Excel knows by number (ECMA-376 Part 1, 18.8.30); others are looked up in styles.xml.
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

function freePath(zip: JSZip, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${stem}${n}.xml`;
    if (!zip.file(path)) return path;
  }
}

const absolute = (rect: SeriesRef["rect"]) =>
  rect.r0 === rect.r1 && rect.c0 === rect.c1
    ? `$${columnLetters(rect.c0)}$${rect.r0 + 1}`
    : `$${columnLetters(rect.c0)}$${rect.r0 + 1}:$${columnLetters(rect.c1)}$${rect.r1 + 1}`;

async function numberFormatIds(zip: JSZip): Promise<(format: string) => number | undefined> {
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const custom = new Map<string, number>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g)) custom.set(m[2], Number(m[1]));
  return (format) => BUILT_IN_FORMATS[format] ?? custom.get(escapeXmlText(format));
}

/** `sheetParts[i]`: the output part of the model's sheet i. */
export async function writeObjectParts(zip: JSZip, wb: WorkbookModel, sheetParts: string[]): Promise<void> {
  if (!wb.sheets.some((s) => s.pivots.length || s.charts.length)) return;
  const types = await ContentTypes.read(zip);
  await writePivots(zip, wb, sheetParts, types);
  await writeCharts(zip, wb, sheetParts, types);
  types.write(zip);
}

async function writePivots(zip: JSZip, wb: WorkbookModel, sheetParts: string[], types: ContentTypes): Promise<void> {
  let workbookXml = (await zip.file(WORKBOOK)?.async("string")) ?? "";
  let cacheId = Math.max(0, ...[...workbookXml.matchAll(/<pivotCache\b[^>]*\bcacheId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const numFmtIdOf = await numberFormatIds(zip);
  const captions = pivotCaptions(wb.excelLanguage);
  const entries: string[] = [];
  for (const [i, sheet] of wb.sheets.entries()) {
    for (const pivot of sheet.pivots) {
      const sourceSheet = wb.findSheet(pivot.source.sheet);
      if (!sourceSheet) continue;
      const rect = pivot.source.rect;
      const headers = wb.readValues(sourceSheet, { ...rect, r1: rect.r0 })[0].map((h) => String(h ?? ""));
      const parts = pivotParts(pivot, { sheet: sourceSheet.name, headers, column: (c) => wb.readColumn(sourceSheet, rect.c0 + c, rect.r0 + 1, rect.r1) }, cacheId, numFmtIdOf, captions);
      if (!parts) continue;
      const definition = freePath(zip, "xl/pivotCache", "pivotCacheDefinition");
      zip.file(definition, parts.cacheDefinition);
      const records = freePath(zip, "xl/pivotCache", "pivotCacheRecords");
      zip.file(records, parts.cacheRecords);
      zip.file(`xl/pivotCache/_rels/${definition.split("/").pop()}.rels`, relationships([["rId1", "pivotCacheRecords", relativeTarget(definition, records)]]));
      const table = freePath(zip, "xl/pivotTables", "pivotTable");
      zip.file(table, parts.pivotTable);
      zip.file(`xl/pivotTables/_rels/${table.split("/").pop()}.rels`, relationships([["rId1", "pivotCacheDefinition", relativeTarget(table, definition)]]));
      await addRelationship(zip, sheetParts[i], `${REL}/pivotTable`, relativeTarget(sheetParts[i], table));
      const id = await addRelationship(zip, WORKBOOK, `${REL}/pivotCacheDefinition`, relativeTarget(WORKBOOK, definition));
      entries.push(`<pivotCache cacheId="${cacheId++}" r:id="${id}"/>`);
      types.declare(definition, CONTENT.cacheDefinition, false);
      types.declare(records, CONTENT.cacheRecords, false);
      types.declare(table, CONTENT.pivotTable, false);
    }
  }
  if (entries.length === 0) return;
  workbookXml = (await zip.file(WORKBOOK)!.async("string"));
  workbookXml = /<\/pivotCaches>/.test(workbookXml)
    ? workbookXml.replace("</pivotCaches>", `${entries.join("")}</pivotCaches>`)
    : insertBefore(workbookXml, AFTER_PIVOT_CACHES, "</workbook>", `<pivotCaches>${entries.join("")}</pivotCaches>`);
  zip.file(WORKBOOK, workbookXml);
}

/** Removes relationships of a part and the parts they pointed at (a replaced chart and its own relationships). */
async function dropRelationships(zip: JSZip, part: string, ids: string[], types: ContentTypes): Promise<void> {
  if (ids.length === 0) return;
  const relsPath = relsPathOf(part);
  let xml = (await zip.file(relsPath)?.async("string")) ?? "";
  for (const rel of parseRels(xml).filter((r) => ids.includes(r.id) && !r.external)) {
    const target = resolveTarget(part, rel.target);
    zip.remove(target);
    zip.remove(relsPathOf(target));
    types.remove(target);
    xml = xml.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${rel.id}"[^>]*/>`), "");
  }
  zip.file(relsPath, xml);
}

function relationships(list: Array<[string, string, string]>): string {
  const items = list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXmlText(target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

async function writeCharts(zip: JSZip, wb: WorkbookModel, sheetParts: string[], types: ContentTypes): Promise<void> {
  const formulaOf = (ref: SeriesRef) => {
    const sheet = wb.findSheet(ref.sheet);
    return sheet ? `${quoteSheet(sheet.name)}!${absolute(ref.rect)}` : null;
  };
  for (const [i, sheet] of wb.sheets.entries()) {
    if (sheet.charts.length === 0) continue;
    const sheetPart = sheetParts[i];
    const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
    const keptId = /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sheetXml)?.[1];
    const kept = keptId ? (await readRels(zip, sheetPart)).find((r) => r.id === keptId) : undefined;
    const drawing = kept ? resolveTarget(sheetPart, kept.target) : freePath(zip, "xl/drawings", "drawing");
    const anchors: string[] = [];
    for (const [k, chart] of sheet.charts.entries()) {
      const part = freePath(zip, "xl/charts", "chart");
      zip.file(part, chartXml({ chart, formulaOf }));
      types.declare(part, CONTENT.chart, false);
      const relId = await addRelationship(zip, drawing, `${REL}/chart`, relativeTarget(drawing, part));
      anchors.push(chartAnchor(chart, k + 2, relId));
    }
    if (kept) {
      const names = new Set(sheet.charts.map((c) => escapeXmlText(c.name)));
      const merged = mergeIntoDrawing((await zip.file(drawing)?.async("string")) ?? drawingXml([]), names, anchors);
      zip.file(drawing, merged.xml);
      await dropRelationships(zip, drawing, merged.removed, types);
      continue;
    }
    zip.file(drawing, drawingXml(anchors));
    types.declare(drawing, CONTENT.drawing, false);
    const id = await addRelationship(zip, sheetPart, `${REL}/drawing`, relativeTarget(sheetPart, drawing));
    zip.file(sheetPart, insertDrawingElement(sheetXml, id));
  }
}
