// Everything the add-in writes through the API survives toXlsx -> fromXlsx.
import JSZip from "jszip";
import { SimWorkbook, createExcelHost } from "../../src/simulator";

async function built(): Promise<SimWorkbook> {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  const host = createExcelHost(wb);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Clients");
    sheet.getRange("A1:C4").values = [["Name", "Profit", "Grade"], ["Acme", 120, "A"], ["Beta", -5, "C"], ["Corp", 40, "B"]];
    sheet.getRange("D1:D4").formulas = [["Share"], ["=B2/SUM($B$2:$B$4)"], ["=B3/SUM($B$2:$B$4)"], ["=B4/SUM($B$2:$B$4)"]];
    sheet.getRange("D2:D4").numberFormat = [["0.0%"], ["0.0%"], ["0.0%"]];
    sheet.getRange("A1:D1").format.fill.color = "#FFFF00";
    sheet.getRange("A1:D1").format.font.bold = true;
    sheet.getRange("B2").format.font.color = "red";
    sheet.getRange("A:A").format.columnWidth = 120;
    sheet.getRange("3:3").rowHidden = true;
    sheet.freezePanes.freezeRows(1);
    sheet.tables.add("Clients!A1:D4", true).name = "ClientTable";
    const cf = sheet.getRange("B2:B4").conditionalFormats.add("ColorScale");
    cf.colorScale.criteria = { minimum: { type: "LowestValue", color: "#F8696B" }, maximum: { type: "HighestValue", color: "#63BE7B" } };
    const custom = sheet.getRange("C2:C4").conditionalFormats.add("Custom");
    custom.custom.rule.formula = '=$C2="A"';
    custom.custom.format.fill.color = "#C6EFCE";
    const cv = sheet.getRange("B2:B4").conditionalFormats.add("CellValue");
    cv.cellValue.rule = { formula1: "=0", operator: "LessThan" };
    cv.cellValue.format.font.color = "#9C0006";
    const icons = sheet.getRange("B2:B4").conditionalFormats.add("IconSet");
    icons.iconSet.style = "ThreeArrows";
    const bars = sheet.getRange("B2:B4").conditionalFormats.add("DataBar");
    bars.dataBar.positiveFormat.fillColor = "#5B9BD5";
    context.workbook.names.add("Profits", sheet.getRange("B2:B4"));
    context.workbook.customXmlParts.add('<profile xmlns="urn:client-rater:profile"><json>{"version":1}</json></profile>');
    const pivotSheet = context.workbook.worksheets.add("Pareto");
    const pivot = pivotSheet.pivotTables.add("ProfitPivot", sheet.getRange("A1:C4"), pivotSheet.getRange("A3"));
    pivot.rowHierarchies.add(pivot.hierarchies.getItem("Grade"));
    pivot.dataHierarchies.add(pivot.hierarchies.getItem("Profit"));
    const chart = pivotSheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
    chart.title.text = "Profit";
    sheet.protection.protect();
    await context.sync();
  });
  return wb;
}

test("cells, formats, widths, hidden rows, frozen panes, tables, CFs, names, protection survive", async () => {
  const wb = await built();
  const again = await SimWorkbook.fromXlsx(await wb.toXlsx());
  const a = wb.snapshot() as { sheets: Array<Record<string, unknown>>; names: unknown };
  const b = again.snapshot() as typeof a;
  const strip = (s: Record<string, unknown>) => ({ ...s, conditionalFormats: [...(s.conditionalFormats as Array<{ id: string; priority: number }>)].sort((x, y) => x.priority - y.priority).map(({ id: _id, ...rest }) => rest), tables: (s.tables as Array<{ id: string }>).map(({ id: _id, ...rest }) => rest) });
  expect(strip(b.sheets[0])).toEqual(strip(a.sheets[0]));
  expect(b.names).toEqual(a.names);
  expect(again.cell("Clients", "D2")).toMatchObject({ formula: "=B2/SUM($B$2:$B$4)", numberFormat: "0.0%" });
  expect(again.cell("Clients", "A1")).toMatchObject({ fill: "#FFFF00", font: { bold: true } });
});

test("custom XML part is stored in customXml/ with its id and relationship, and read back", async () => {
  const wb = await built();
  const bytes = await wb.toXlsx();
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  expect(rels).toContain("../customXml/item1.xml");
  expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("/customXml/itemProps1.xml");
  expect(await zip.file("customXml/item1.xml")!.async("string")).toContain("urn:client-rater:profile");
  // formulas written through the API have no cached value: Excel must calculate on open
  expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/fullCalcOnLoad="1"/);
  const again = await SimWorkbook.fromXlsx(bytes);
  expect(again.customXmlParts).toEqual(wb.customXmlParts);
});

test("pivot output is written as values; pivot and chart definitions come back; the file holds them as a PivotTable and a chart", async () => {
  const wb = await built();
  const bytes = await wb.toXlsx();
  const again = await SimWorkbook.fromXlsx(bytes);
  expect(again.sheetNames()).toEqual(["Clients", "Pareto"]);
  expect(again.cell("Pareto", "A3").value).toBe("Row Labels");
  expect(again.cell("Pareto", "B4").value).toBe(120);
  expect(again.sheet("Pareto").pivots[0].name).toBe("ProfitPivot");
  expect(again.sheet("Pareto").charts[0].title.text).toBe("Profit");
  // Excel (and exceljs) see the two sheets and nothing made up for the simulator
  const ExcelJS = (await import("exceljs")).default;
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(xl.worksheets.map((w) => w.name)).toEqual(["Clients", "Pareto"]);
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: string) => zip.file(path)!.async("string");
  const pivot = await text("xl/pivotTables/pivotTable1.xml");
  expect(pivot).toMatch(/<location ref="A3:B7"/);
  expect(pivot).toMatch(/<rowFields count="1"><field x="2"\/><\/rowFields>/);
  expect(pivot).toMatch(/<dataField name="Sum of Profit" fld="1" subtotal="sum"/);
  expect(await text("xl/pivotCache/pivotCacheDefinition1.xml")).toMatch(/<worksheetSource ref="A1:C4" sheet="Clients"\/>/);
  expect(await text("xl/workbook.xml")).toMatch(/<pivotCaches><pivotCache cacheId="1" r:id="[^"]+"\/><\/pivotCaches>/);
  expect(await text("xl/worksheets/_rels/sheet2.xml.rels")).toContain("../pivotTables/pivotTable1.xml");
  const chart = await text("xl/charts/chart1.xml");
  expect(chart).toContain("<c:barChart>");
  expect(chart).toContain("<c:f>Clients!$B$2:$B$4</c:f>");
  expect(chart).toContain("<c:f>Clients!$A$2:$A$4</c:f>");
  expect(chart).toContain("<c:f>Clients!$B$1</c:f>");
  expect(await text("xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="[^"]+"\/>/);
});

test("a file written, read and written again holds each PivotTable and chart once", async () => {
  const once = await (await built()).toXlsx();
  const twice = await (await SimWorkbook.fromXlsx(once)).toXlsx();
  const parts = Object.keys((await JSZip.loadAsync(twice)).files);
  expect(parts.filter((p) => /^xl\/pivotTables\/[^/]+\.xml$/.test(p))).toHaveLength(1);
  expect(parts.filter((p) => /^xl\/charts\/[^/]+\.xml$/.test(p))).toHaveLength(1);
  const drawing = await (await JSZip.loadAsync(twice)).file("xl/drawings/drawing1.xml")!.async("string");
  expect(drawing.match(/<xdr:graphicFrame\b/g)).toHaveLength(1);
  const again = await SimWorkbook.fromXlsx(twice);
  expect(again.sheet("Pareto").charts).toHaveLength(1);
  expect(again.sheet("Pareto").pivots).toHaveLength(1);
});
