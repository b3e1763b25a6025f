// Workbook structure protection (ExcelApi 1.7), and a file's sheet password: https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
// With the structure locked, Excel refuses to add, delete, rename, move, hide or unhide sheets; cells stay writable.
import JSZip from "jszip";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { legacyPasswordHash } from "../../src/simulator/xlsx/protection";
import { passwordProtectedSheet } from "../corpus/files";
import { failure, setup } from "./helpers";

const locked = () => setup(undefined, (wb) => {
  wb.addSheet("Notes");
  wb.protection = { protected: true };
});

test("protected reads the lock; protect and unprotect (with its password) change it", async () => {
  const { wb, run } = setup();
  const states = await run(async (context) => {
    const p = context.workbook.protection.load("protected");
    await context.sync();
    const before = p.protected;
    context.workbook.protection.protect("pw");
    p.load("protected");
    await context.sync();
    return [before, p.protected];
  });
  expect(states).toEqual([false, true]);
  expect((await failure(run(async (context) => context.workbook.protection.unprotect("wrong")))).code).toBe("InvalidArgument");
  await run(async (context) => context.workbook.protection.unprotect("pw"));
  expect(wb.protection.protected).toBe(false);
});

test.each([
  ["add", (c: Excel.RequestContext) => void c.workbook.worksheets.add("More")],
  ["delete", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Notes").delete()],
  ["rename", (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem("Notes").name = "Old notes")],
  ["move", (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem("Notes").position = 0)],
  ["hide", (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem("Notes").visibility = "Hidden")],
])("a locked structure refuses %s with AccessDenied and changes nothing", async (_what, change) => {
  const { wb, run } = locked();
  const before = JSON.stringify(wb.snapshot());
  const error = await failure(run(async (context) => {
    change(context);
    await context.sync();
  }));
  expect(error.code).toBe("AccessDenied");
  expect(JSON.stringify(wb.snapshot())).toBe(before);
});

test("cells of a workbook with a locked structure stay writable", async () => {
  const { wb, run } = locked();
  await run(async (context) => void (context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["kept"]]));
  expect(wb.cell("Notes", "A1").value).toBe("kept");
});

test("a lock set through the API is saved with its password verifier and read back", async () => {
  const { wb, run } = setup();
  await run(async (context) => context.workbook.protection.protect("s3cret"));
  const bytes = await (wb as SimWorkbook).toXlsx();
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  expect(/<workbookProtection\b[^>]*>/.exec(xml)?.[0]).toBe(`<workbookProtection lockStructure="1" workbookPassword="${legacyPasswordHash("s3cret")}"/>`);
  expect((await SimWorkbook.fromXlsx(bytes)).protection.protected).toBe(true);
});

test("the legacy password verifier gives the values Excel writes", () => {
  // "test" -> CBEB is the verifier Excel writes for that password (ECMA-376 Part 4, 14.7.1); "" is the constant alone.
  expect(legacyPasswordHash("")).toBe("CE4B");
  expect(legacyPasswordHash("test")).toBe("CBEB");
});

test("a sheet protected with a password in the file cannot be unprotected without one", async () => {
  const wb = await SimWorkbook.fromXlsx(await passwordProtectedSheet());
  const host = createExcelHost(wb);
  const error = await failure(host.run(async (context) => context.workbook.worksheets.getItem("Prices").protection.unprotect()));
  expect([error.code, wb.sheet("Prices").protection.protected]).toEqual(["InvalidArgument", true]);
});
