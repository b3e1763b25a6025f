// The corpus's "saved file keeps" check: every PivotTable part of the input must still be in the saved copy byte for
// byte, while the rating's own PivotTable may come beside it.
import JSZip from "jszip";
import { savedFileLosses } from "./savedFile";

const PIVOT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable";

async function fileWith(pivots: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<Types><Override PartName="/xl/workbook.xml" ContentType="main"/></Types>');
  zip.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
  const rels = Object.keys(pivots).map((name, i) => `<Relationship Id="rId${i + 1}" Type="${PIVOT_REL}" Target="../pivotTables/${name}"/>`);
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", `<Relationships>${rels.join("")}</Relationships>`);
  for (const [name, xml] of Object.entries(pivots)) zip.file(`xl/pivotTables/${name}`, xml);
  return zip.generateAsync({ type: "uint8array" });
}

test("a PivotTable of the rating's beside the user's own is no loss", async () => {
  const input = await fileWith({ "pivotTable1.xml": "<pivotTableDefinition name='Users'/>" });
  const saved = await fileWith({ "pivotTable1.xml": "<pivotTableDefinition name='Users'/>", "pivotTable2.xml": "<pivotTableDefinition name='Ours'/>" });
  expect(await savedFileLosses(input, saved)).toEqual([]);
});

test("the user's PivotTable changed or gone is a loss, whatever comes beside it", async () => {
  const input = await fileWith({ "pivotTable1.xml": "<pivotTableDefinition name='Users'/>" });
  const changed = await fileWith({ "pivotTable1.xml": "<pivotTableDefinition name='Users' changed='1'/>", "pivotTable2.xml": "<pivotTableDefinition name='Ours'/>" });
  const gone = await fileWith({ "pivotTable2.xml": "<pivotTableDefinition name='Ours'/>" });
  expect(await savedFileLosses(input, changed)).toEqual([expect.stringMatching(/^pivotTable parts: /)]);
  expect(await savedFileLosses(input, gone)).toEqual([expect.stringMatching(/^pivotTable parts: /)]);
});
