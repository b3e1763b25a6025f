// The PivotTable and chart writers on inputs the rating never makes: repeated headers, numeric and blank row
// items, a series whose sheet is gone, a name with XML's special characters.
import { chartXml } from "../../src/simulator/xlsx/chartXml";
import { pivotParts } from "../../src/simulator/xlsx/pivotXml";
import type { ChartModel, PivotModel } from "../../src/simulator/model/objects";
import { pivotCaptions } from "../../src/simulator/model/pivotCaptions";

const pivot: PivotModel = {
  id: "p1",
  name: "Sales & returns",
  source: { sheet: "Data", rect: { r0: 0, c0: 0, r1: 4, c1: 2 } },
  destRow: 0,
  destColumn: 5,
  rowFields: ["Band"],
  dataFields: [{ name: "Sum of Revenue", field: "Revenue", summarizeBy: "Sum", showAs: { calculation: "None" }, numberFormat: "#,##0.00" }],
  outputRect: { r0: 0, c0: 5, r1: 4, c1: 6 },
};
const columns = [[1, 2, 1, null], [10, 20.5, 30, 40], ["a", "b", "c", "d"]];

test("numeric row items with a blank are listed in order, blank last, with what kinds of value they hold; a repeated header gets a number", () => {
  const parts = pivotParts(pivot, { sheet: "Data", headers: ["Band", "Revenue", "band"], column: (i) => columns[i] }, 3, (f) => (f === "#,##0.00" ? 4 : undefined), pivotCaptions("en"))!;
  expect(parts.cacheDefinition).toContain(
    '<cacheField name="Band" numFmtId="0"><sharedItems containsString="0" containsBlank="1" containsNumber="1" containsInteger="1" minValue="1" maxValue="2" count="3"><n v="1"/><n v="2"/><m/></sharedItems></cacheField>',
  );
  expect(parts.cacheDefinition).toContain('<cacheField name="band2" numFmtId="0">');
  expect(parts.cacheDefinition).toContain('<sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="10" maxValue="40"/>');
  expect(parts.pivotTable).toContain('name="Sales &amp; returns" cacheId="3"');
  expect(parts.pivotTable).toContain('<rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>');
  expect(parts.pivotTable).toContain('<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Revenue" fld="1" subtotal="sum" baseField="0" baseItem="0" numFmtId="4"/>');
  expect(parts.pivotTable).toContain('<location ref="F1:G5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>');
});

test("a pivot that rendered nothing writes no parts", () => {
  expect(pivotParts({ ...pivot, outputRect: null }, { sheet: "Data", headers: ["Band"], column: () => [] }, 1, () => undefined, pivotCaptions("en"))).toBeNull();
});

test("the captions are written in the workbook's Excel language, so a reader that lays the pivot out again uses them", () => {
  const source = { sheet: "Data", headers: ["Band", "Revenue", "band"], column: (i: number) => columns[i] };
  const german = pivotParts(pivot, source, 1, () => undefined, pivotCaptions("de-DE"))!.pivotTable;
  expect(german).toContain('dataCaption="Werte" grandTotalCaption="Gesamtergebnis" rowHeaderCaption="Zeilenbeschriftungen"');
  expect(pivotParts(pivot, source, 1, () => undefined, pivotCaptions("hu"))!.pivotTable).toContain('rowHeaderCaption="Sorcímkék"');
  expect(pivotParts(pivot, source, 1, () => undefined, pivotCaptions("fr"))!.pivotTable).toContain('grandTotalCaption="Grand Total"');
});

const chart: ChartModel = {
  id: "c1",
  name: "Chart 1",
  chartType: "ColumnClustered",
  series: [
    { name: "Profit <net>", values: [1, "n/a", 3], xValues: ["A", "B", "C"], axisGroup: "Primary", hasDataLabels: true,
      refs: { values: { sheet: "Gone", rect: { r0: 1, c0: 1, r1: 3, c1: 1 } }, xValues: { sheet: "Data", rect: { r0: 1, c0: 0, r1: 3, c1: 0 } } } },
  ],
  title: { text: "", visible: false },
  legend: { visible: false, position: "Right" },
  axes: { "Value/Primary": { title: { text: "", visible: false }, minimum: 0, maximum: 5, numberFormat: "0%", visible: true } },
  position: { top: 0, left: 0, width: 100, height: 50 },
};

test("a series whose sheet is gone keeps its values as literals, cells it can still reach as formulas; text values leave a gap", () => {
  const xml = chartXml({ chart, formulaOf: (ref) => (ref.sheet === "Gone" ? null : `${ref.sheet}!$A$2:$A$4`) });
  expect(xml).toContain('<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numLit></c:val>');
  expect(xml).toContain("<c:cat><c:strRef><c:f>Data!$A$2:$A$4</c:f>");
  expect(xml).toContain("<c:tx><c:v>Profit &lt;net&gt;</c:v></c:tx>");
  expect(xml).toContain('<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/>');
  expect(xml).toContain('<c:scaling><c:orientation val="minMax"/><c:max val="5"/><c:min val="0"/></c:scaling>');
  expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
  expect(xml).toContain('<c:autoTitleDeleted val="1"/>');
  expect(xml).not.toContain("<c:legend>");
  expect(xml).toContain('<c:tickLblPos val="nextTo"/>');
});

test("an axis whose labels Excel puts low (Chart.axes...tickLabelPosition) writes them low, other axes next to the axis", () => {
  const low = { ...chart, chartType: "XYScatter", axes: { ...chart.axes, "Category/Primary": { title: { text: "", visible: false }, visible: true, tickLabelPosition: "Low" } } };
  const xml = chartXml({ chart: low, formulaOf: () => null });
  const axes = [...xml.matchAll(/<c:valAx>[\s\S]*?<\/c:valAx>/g)].map((m) => /<c:tickLblPos val="(\w+)"\/>/.exec(m[0])?.[1]);
  expect(axes).toEqual(["low", "nextTo"]);
});
