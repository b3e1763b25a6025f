// A PivotTable of the model as its three parts (ECMA-376 Part 1, 18.10): the cache definition (source range,
// one cache field per source column, the row field's items), an empty record list with refreshOnLoad, so
// Excel reads the source again when it opens the file, and the table (rows, data fields, compact layout)
// placed where the simulator rendered it. Element order follows the schema's sequences exactly.
import { formatLocal } from "../../shared/a1";
import { CellValue } from "../model/cell";
import { PivotModel } from "../model/objects";
import { PivotCaptions } from "../model/pivotCaptions";
import { escapeXmlText } from "./xmlText";

const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A pivot's source as the parts need it: every column's header, and a column's values on request. */
export interface PivotSourceData {
  sheet: string;
  headers: string[];
  column(index: number): CellValue[];
}

export interface PivotParts {
  cacheDefinition: string;
  cacheRecords: string;
  pivotTable: string;
}

const SUBTOTALS: Record<string, string> = {
  sum: "sum", count: "count", average: "average", max: "max", min: "min", product: "product", countnumbers: "countNums",
  standarddeviation: "stdDev", standarddeviationp: "stdDevp", variance: "var", variancep: "varp",
};

// Excel.ShowAsCalculation to ST_ShowDataAs; calculations with no counterpart there are left as plain values.
const SHOW_AS: Record<string, string> = {
  percentofgrandtotal: "percentOfTotal", percentofcolumntotal: "percentOfCol", percentofrowtotal: "percentOfRow",
  runningtotal: "runTotal", percentof: "percent", differencefrom: "difference", percentdifferencefrom: "percentDiff", index: "index",
};

/** An item's key as renderPivot (model/pivot.ts) groups them: text without case. */
const itemKey = (v: CellValue) => (typeof v === "string" ? v.toLowerCase() : String(v));

function compareItems(a: CellValue, b: CellValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return String(a ?? "").localeCompare(String(b ?? ""), "en", { sensitivity: "base" });
}

const isBlank = (v: CellValue) => v === null || v === "";

/** The row field's distinct items in the order the pivot shows them (ascending, blanks last). */
function rowItems(values: CellValue[]): CellValue[] {
  const seen = new Map<string, CellValue>();
  let blank = false;
  for (const v of values) {
    if (isBlank(v)) blank = true;
    else if (!seen.has(itemKey(v))) seen.set(itemKey(v), v);
  }
  const items = [...seen.values()].sort(compareItems);
  return blank ? [...items, null] : items;
}

function itemXml(v: CellValue): string {
  if (isBlank(v)) return "<m/>";
  if (typeof v === "number") return `<n v="${v}"/>`;
  if (typeof v === "boolean") return `<b v="${v ? 1 : 0}"/>`;
  return `<s v="${escapeXmlText(String(v))}"/>`;
}

/** <sharedItems> attributes saying which kinds of value a field holds (18.10.1.90). */
function sharedItemsAttributes(values: CellValue[]): string {
  let text = false;
  let blank = false;
  let numbers = 0;
  let integers = true;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (isBlank(v)) blank = true;
    else if (typeof v === "number") {
      numbers++;
      if (!Number.isInteger(v)) integers = false;
      if (v < min) min = v;
      if (v > max) max = v;
    } else text = true;
  }
  const attrs: string[] = [];
  if (!text && !blank) attrs.push('containsSemiMixedTypes="0"');
  if (!text) attrs.push('containsString="0"');
  if (blank) attrs.push('containsBlank="1"');
  if (numbers && text) attrs.push('containsMixedTypes="1"');
  if (numbers) attrs.push('containsNumber="1"', ...(integers ? ['containsInteger="1"'] : []), `minValue="${min}"`, `maxValue="${max}"`);
  return attrs.length ? ` ${attrs.join(" ")}` : "";
}

/** Cache field names are unique without case: a repeated header gets a number, as Excel names it ("Revenue2"). */
function uniqueFieldNames(headers: string[]): string[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    let name = header;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${header}${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export function pivotParts(
  pivot: PivotModel,
  source: PivotSourceData,
  cacheId: number,
  numFmtIdOf: (format: string) => number | undefined,
  captions: PivotCaptions,
): PivotParts | null {
  if (!pivot.outputRect) return null;
  const fieldIndex = (name: string) => source.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const rowField = pivot.rowFields.length ? fieldIndex(pivot.rowFields[0]) : -1;
  const dataFields = pivot.dataFields.map((d) => ({ field: d, index: fieldIndex(d.field) })).filter((d) => d.index >= 0);
  const items = rowField >= 0 ? rowItems(source.column(rowField)) : [];
  const dataIndexes = new Set(dataFields.map((d) => d.index));

  const names = uniqueFieldNames(source.headers);
  const cacheFields = source.headers.map((_header, i) => {
    let shared = "<sharedItems/>";
    if (i === rowField) shared = `<sharedItems${sharedItemsAttributes(items)} count="${items.length}">${items.map(itemXml).join("")}</sharedItems>`;
    else if (dataIndexes.has(i)) shared = `<sharedItems${sharedItemsAttributes(source.column(i))}/>`;
    return `<cacheField name="${escapeXmlText(names[i])}" numFmtId="0">${shared}</cacheField>`;
  });
  const sourceRef = pivot.source.table
    ? `<worksheetSource name="${escapeXmlText(pivot.source.table)}"/>`
    : `<worksheetSource ref="${formatLocal(pivot.source.rect)}" sheet="${escapeXmlText(source.sheet)}"/>`;
  const cacheDefinition =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition ${MAIN_NS} r:id="rId1" refreshOnLoad="1" createdVersion="6" ` +
    `refreshedVersion="6" minRefreshableVersion="3" recordCount="0"><cacheSource type="worksheet">${sourceRef}</cacheSource>` +
    `<cacheFields count="${cacheFields.length}">${cacheFields.join("")}</cacheFields></pivotCacheDefinition>`;
  const cacheRecords = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords ${MAIN_NS} count="0"/>`;

  const pivotFields = source.headers.map((_, i) => {
    const data = dataIndexes.has(i) ? ' dataField="1"' : "";
    if (i !== rowField) return `<pivotField${data} showAll="0"/>`;
    const list = items.map((_item, x) => `<item x="${x}"/>`).join("");
    return `<pivotField axis="axisRow"${data} showAll="0"><items count="${items.length + 1}">${list}<item t="default"/></items></pivotField>`;
  });
  const several = dataFields.length > 1;
  const rows = rowField >= 0
    ? `<rowFields count="1"><field x="${rowField}"/></rowFields><rowItems count="${items.length + 1}">` +
      `${items.map((_item, x) => (x === 0 ? "<i><x/></i>" : `<i><x v="${x}"/></i>`)).join("")}<i t="grand"><x/></i></rowItems>`
    : '<rowItems count="1"><i/></rowItems>';
  const columns = several
    ? `<colFields count="1"><field x="-2"/></colFields><colItems count="${dataFields.length}">` +
      `${dataFields.map((_d, i) => (i === 0 ? "<i><x/></i>" : `<i i="${i}"><x v="${i}"/></i>`)).join("")}</colItems>`
    : '<colItems count="1"><i/></colItems>';
  const data = dataFields.map(({ field, index }) => {
    const subtotal = SUBTOTALS[field.summarizeBy.toLowerCase()] ?? "sum";
    const showAs = SHOW_AS[field.showAs.calculation.toLowerCase()];
    const format = field.numberFormat ? numFmtIdOf(field.numberFormat) : undefined;
    return `<dataField name="${escapeXmlText(field.name)}" fld="${index}" subtotal="${subtotal}"${showAs ? ` showDataAs="${showAs}"` : ""} baseField="0" baseItem="0"` +
      `${format !== undefined ? ` numFmtId="${format}"` : ""}/>`;
  });
  const rect = pivot.outputRect;
  const pivotTable =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition ${MAIN_NS} name="${escapeXmlText(pivot.name)}" cacheId="${cacheId}" ` +
    'applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" ' +
    // The captions in the workbook's words, so every Excel (and LibreOffice) shows them as the sheet's cells do.
    `dataCaption="${escapeXmlText(captions.values)}" grandTotalCaption="${escapeXmlText(captions.grandTotal)}" rowHeaderCaption="${escapeXmlText(captions.rowHeader)}" ` +
    'updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" ' +
    'outline="1" outlineData="1" multipleFieldFilters="0">' +
    `<location ref="${formatLocal(rect)}" firstHeaderRow="${several ? 0 : 1}" firstDataRow="1" firstDataCol="${rowField >= 0 ? 1 : 0}"/>` +
    `<pivotFields count="${pivotFields.length}">${pivotFields.join("")}</pivotFields>${rows}${columns}` +
    (data.length ? `<dataFields count="${data.length}">${data.join("")}</dataFields>` : "") +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>' +
    "</pivotTableDefinition>";
  return { cacheDefinition, cacheRecords, pivotTable };
}
