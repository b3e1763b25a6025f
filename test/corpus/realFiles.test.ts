// The real KPI dashboard saved by Excel, rated and saved the way the command line does it
// (fromXlsx -> rateWorkbook -> toXlsx): the rest of the file must come through undamaged.
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { SimWorkbook } from "../../src/simulator";
import { higher, profile } from "./profiles";
import { rate, AS_OF } from "./runner";

const FIXTURE = join(__dirname, "..", "fixtures", "excel-kpi-dashboard.xlsx");

interface Parts {
  files: string[];
  sheetXml: string;
  workbookXml: string;
}

async function partsOf(data: Uint8Array | Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(data);
  const files = Object.keys(zip.files).filter((f) => !f.endsWith("/"));
  return {
    files,
    sheetXml: await zip.file("xl/worksheets/sheet1.xml")!.async("string"),
    workbookXml: await zip.file("xl/workbook.xml")!.async("string"),
  };
}

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

describe("KPI dashboard rated and saved", () => {
  let before: Parts;
  let after: Parts;
  let clients = 0;
  beforeAll(async () => {
    const input = readFileSync(FIXTURE);
    before = await partsOf(input);
    const wb = await SimWorkbook.fromXlsx(input);
    const run = await rate(wb, { profiles: [profile([higher("Month to date", 0, 1000)])] as never, asOf: AS_OF });
    if (!run.ok) throw run.error;
    clients = run.outcome.clients;
    after = await partsOf(await wb.toXlsx());
  });

  test("it was rated", () => expect(clients).toBeGreaterThan(0));

  test("the merged title stays merged", () => {
    expect(count(after.sheetXml, /<mergeCell /g)).toBe(count(before.sheetXml, /<mergeCell /g));
  });

  test("formulas with external references stay formulas", () => {
    expect(count(after.sheetXml, /<f[ >]/g)).toBe(count(before.sheetXml, /<f[ >]/g));
  });

  test("the embedded picture is kept", () => {
    expect({ drawing: /<drawing /.test(after.sheetXml), media: after.files.filter((f) => f.startsWith("xl/media/")).length }).toEqual({
      drawing: true,
      media: before.files.filter((f) => f.startsWith("xl/media/")).length,
    });
  });

  test("the external link the formulas point at is kept", () => {
    expect(after.files.filter((f) => f.startsWith("xl/externalLinks/")).sort()).toEqual(
      before.files.filter((f) => f.startsWith("xl/externalLinks/")).sort(),
    );
    expect(/<externalReference /.test(after.workbookXml)).toBe(true);
  });
});
