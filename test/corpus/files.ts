// Saved workbooks for the corpus, made in code: exceljs writes the cells, then the package is edited with
// jszip for what exceljs cannot write (a locked workbook structure, a VBA project, a PivotTable).
import ExcelJS from "exceljs";
import JSZip from "jszip";

type Row = (string | number | ExcelJS.CellHyperlinkValue | null)[];
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const CLIENT_ROWS: Row[] = [["Client", "Revenue", "Profit"], ["Alpha", 90, 40], ["Bravo", 70, 30], ["Charlie", 50, 20], ["Delta", 10, 10]];

async function saved(fill: (xl: ExcelJS.Workbook) => Promise<void> | void): Promise<JSZip> {
  const xl = new ExcelJS.Workbook();
  await fill(xl);
  return JSZip.loadAsync(new Uint8Array((await xl.xlsx.writeBuffer()) as ArrayBuffer));
}

const bytesOf = (zip: JSZip) => zip.generateAsync({ type: "uint8array" });

async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  zip.file(part, change((await zip.file(part)?.async("string")) ?? ""));
}

function addRels(xml: string, rels: string): string {
  return xml
    ? xml.replace("</Relationships>", `${rels}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/**
 * The client list, and a price sheet protected with a password (SHA-512 hash, salt, spin count, two flags
 * allowed) whose prices may be edited with a second password (Review > Allow Edit Ranges).
 */
export async function passwordProtectedSheet(): Promise<Uint8Array> {
  const zip = await saved(async (xl) => {
    xl.addWorksheet("Clients").addRows(CLIENT_ROWS);
    const prices = xl.addWorksheet("Prices");
    prices.addRows([["Product", "Price"], ["Basic", 100], ["Premium", 250]]);
    await prices.protect("s3cret", { formatColumns: true, sort: true });
  });
  await edit(zip, "xl/worksheets/sheet2.xml", (xml) => xml.replace(/(<sheetProtection\b[^>]*\/>)/,
    '$1<protectedRanges><protectedRange algorithmName="SHA-512" hashValue="3hS1m0yq8Zq6WQ5tQ3VJm0H0fD6GmQ0C1w0m3R8m2C8vUq0F2vQm4oWn6x8ZrYd9iJ1yLk5nT7cB0aE2gH4jQ==" saltValue="q2Vb7y4XkWm3Rn8TzP1sLg==" spinCount="100000" sqref="B2:B3" name="Prices"/></protectedRanges>'));
  return bytesOf(zip);
}

/** The client list with a protected structure (Review > Protect Workbook with a password). */
export async function lockedStructure(): Promise<Uint8Array> {
  const zip = await saved((xl) => void xl.addWorksheet("Clients").addRows(CLIENT_ROWS));
  await edit(zip, "xl/workbook.xml", (xml) => xml.replace("<sheets>",
    '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="kXYmEmr2nBVqS6iIGzO+0pBX6jQYyhgYyI9g5HbDlZ2V9qvDd8r0Hf8bG1N0WIlPkprhRZl5hS5Ao3e2w3mW3g==" workbookSaltValue="Xj0yYdJY3hG7XkqUq0h8Rg==" workbookSpinCount="100000" lockStructure="1"/><sheets>'));
  return bytesOf(zip);
}

/**
 * A whole-number rule on Revenue, a Region drop-down listing a Lists sheet (kept in the sheet's <extLst> as
 * Excel 2010 saves it, its xm prefix declared on the root), and web links with ScreenTips.
 */
export async function validationAndTooltips(): Promise<Uint8Array> {
  const zip = await saved((xl) => {
    const ws = xl.addWorksheet("Clients");
    ws.addRows([
      ["Client", "Revenue", "Profit", "Region", "Website"],
      ...CLIENT_ROWS.slice(1).map((r, i) => [...r, i % 2 ? "South" : "North", { text: "site", hyperlink: `https://example.com/${i}`, tooltip: `Open ${r[0]}'s site` }]),
    ]);
    const rules = (ws as unknown as { dataValidations: { add(ref: string, rule: object): void } }).dataValidations;
    rules.add("B2:B5", { type: "whole", operator: "between", formulae: [0, 1000000], showErrorMessage: true, error: "Whole euros only" });
    xl.addWorksheet("Lists").addRows([["North"], ["South"], ["East"], ["West"]]);
  });
  await edit(zip, "xl/worksheets/sheet1.xml", (xml) => xml
    .replace(/<worksheet\b/, '<worksheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"')
    .replace("</worksheet>", '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>Lists!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>D2:D5</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>'));
  return bytesOf(zip);
}

/** A macro-enabled workbook (.xlsm): the VBA project part (stand-in bytes) and the macro-enabled main content type. */
export async function macroWorkbook(): Promise<Uint8Array> {
  const zip = await saved((xl) => void xl.addWorksheet("Clients").addRows(CLIENT_ROWS));
  zip.file("xl/vbaProject.bin", new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 31 + 7) % 256)));
  await edit(zip, "xl/_rels/workbook.xml.rels", (xml) =>
    addRels(xml, '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'));
  await edit(zip, "[Content_Types].xml", (xml) => xml
    .replace(/(<Override PartName="\/xl\/workbook\.xml" ContentType=")[^"]*"/, '$1application/vnd.ms-excel.sheet.macroEnabled.main+xml"')
    .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  return bytesOf(zip);
}

/** The client list and a Summary sheet with a PivotTable (Sum of Revenue by client) over it, as Excel saves one. */
export async function pivotOnOtherSheet(): Promise<Uint8Array> {
  const clients = CLIENT_ROWS.slice(1) as [string, number, number][];
  const total = clients.reduce((s, r) => s + r[1], 0);
  const zip = await saved((xl) => {
    xl.addWorksheet("Clients").addRows(CLIENT_ROWS);
    const summary = xl.addWorksheet("Summary");
    summary.getCell("A1").value = "Revenue by client";
    summary.getCell("A3").value = "Row Labels";
    summary.getCell("B3").value = "Sum of Revenue";
    clients.forEach((r, i) => summary.getRow(4 + i).values = [r[0], r[1]]);
    summary.getRow(4 + clients.length).values = ["Grand Total", total];
  });
  const shared = clients.map((r) => `<s v="${r[0]}"/>`).join("");
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="${clients.length}"><cacheSource type="worksheet"><worksheetSource ref="A1:C${clients.length + 1}" sheet="Clients"/></cacheSource><cacheFields count="3"><cacheField name="Client" numFmtId="0"><sharedItems count="${clients.length}">${shared}</sharedItems></cacheField><cacheField name="Revenue" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="90"/></cacheField><cacheField name="Profit" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="40"/></cacheField></cacheFields></pivotCacheDefinition>`);
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${clients.length}">${clients.map((r, i) => `<r><x v="${i}"/><n v="${r[1]}"/><n v="${r[2]}"/></r>`).join("")}</pivotCacheRecords>`);
  zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", addRels("", `<Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/>`));
  zip.file("xl/pivotTables/pivotTable1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="A3:B${4 + clients.length}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="3"><pivotField axis="axisRow" showAll="0"><items count="${clients.length + 1}">${clients.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/><pivotField showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="${clients.length + 1}">${clients.map((_, i) => (i ? `<i><x v="${i}"/></i>` : "<i><x/></i>")).join("")}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Revenue" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`);
  zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", addRels("", `<Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/>`));
  await edit(zip, "xl/worksheets/_rels/sheet2.xml.rels", (xml) => addRels(xml, `<Relationship Id="rIdPivot1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`));
  await edit(zip, "xl/_rels/workbook.xml.rels", (xml) => addRels(xml, `<Relationship Id="rIdCache1" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`));
  await edit(zip, "xl/workbook.xml", (xml) => xml.replace("</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rIdCache1"/></pivotCaches></workbook>'));
  await edit(zip, "[Content_Types].xml", (xml) => xml.replace("</Types>", [
    `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${CT}.pivotTable+xml"/>`,
    `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${CT}.pivotCacheDefinition+xml"/>`,
    `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${CT}.pivotCacheRecords+xml"/>`,
  ].join("") + "</Types>"));
  return bytesOf(zip);
}

/** The same bytes on every call (a password hash has a random salt): a case's input is built once. */
export function once(make: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  let made: Promise<Uint8Array> | undefined;
  return () => (made ??= make());
}
