// The LibreOffice reader's own parts, proven on a workbook exceljs writes: CSV parsing, reading
// LibreOffice's number text, finding a grade's conditional-format fill and counting its pixels.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { numberFromLibreOffice, sameCell } from "./lo/cellText";
import { parseCsv, parseCsvCells } from "./lo/csv";
import { gradeFills } from "./lo/gradeFills";
import { countColour, countColours, readPpm } from "./lo/ppm";
import { CSV_ALL_SHEETS, convertAll, pdftoppmPath, sofficePath } from "./lo/soffice";

jest.setTimeout(180_000);

test("CSV: quotes, doubled quotes, commas and newlines inside fields", () => {
  expect(parseCsv('a,"b,c","say ""hi""\nthere",\n1,,3\n')).toEqual([["a", "b,c", 'say "hi"\nthere', ""], ["1", "", "3"]]);
  expect(parseCsvCells('"12.5",12.5,""\n')).toEqual([[{ text: "12.5", quoted: true }, { text: "12.5", quoted: false }, { text: "", quoted: true }]]);
});

test("LibreOffice's number text: raw, E notation, percent, US and ISO dates, times", () => {
  expect(numberFromLibreOffice("1.23456789012346E+017")).toBeCloseTo(1.23456789012346e17, -3);
  expect(numberFromLibreOffice("12.34567%")).toBeCloseTo(0.1234567, 12);
  expect(numberFromLibreOffice("01/15/2023")).toBe(44941);
  expect(numberFromLibreOffice("2023-01-15 12:00:00")).toBe(44941.5);
  expect(numberFromLibreOffice("06:00")).toBe(0.25);
  expect(numberFromLibreOffice("1.234,50")).toBeUndefined();
  expect(sameCell(0.1 + 0.2, "0.3")).toBe(true);
  expect(sameCell(0.3, "0.31")).toBe(false);
  expect(sameCell(44941, "01/16/2023")).toBe(false);
  expect(sameCell("A", "B")).toBe(false);
  expect(sameCell(null, "x")).toBe(false);
  expect(sameCell(true, "TRUE")).toBe(true);
  // A number written as text (or text as a number) differs, though both print alike.
  expect(sameCell(12.5, "12.5", false)).toBe(true);
  expect(sameCell(12.5, "12.5", true)).toBe(false);
  expect(sameCell("12.5", "12.5", false)).toBe(false);
  expect(sameCell("#N/A", "#N/A", true)).toBe(true);
});

test("PPM pixels of a colour are counted", () => {
  const header = Buffer.from("P6\n2 2\n255\n", "ascii");
  const image = readPpm(new Uint8Array(Buffer.concat([header, Buffer.from([0xc6, 0xef, 0xce, 255, 255, 255, 0xc7, 0xef, 0xce, 0, 0, 0])])));
  expect(countColour(image, "#C6EFCE")).toBe(2);
  expect(countColour(image, "#C6EFCE", 0)).toBe(1);
  expect(countColours(image, ["#000000", "#C6EFCE", "#FFC7CE"])).toEqual([1, 2, 0]);
});

describe("through LibreOffice", () => {
  const soffice = sofficePath();
  const pdftoppm = pdftoppmPath();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-helpers-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a stale cached formula result is recalculated; a grade fill is found and seen, except under a higher-priority rule", async () => {
    if (!soffice || !pdftoppm) throw new Error("LibreOffice and pdftoppm are needed: apt-get install -y libreoffice-calc poppler-utils");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rated clients");
    ws.addRow(["Client", "Revenue", "Grade", "Twice", "Flags"]);
    ws.addRow(["Acme", 100, "A", { formula: "B2*2", result: 999 }, ""]);
    ws.addRow(["Bolt", 50, "B", { formula: "B3*2", result: 100 }, ""]);
    ws.addRow(["Cato", 10, "C", { formula: "B4*2", result: 20 }, "late payer"]);
    const fill = (argb: string) => ({ fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb } } });
    // A font-colour rule on flagged rows, first by priority, over the grade cells too.
    ws.addConditionalFormatting({ ref: "C2:E4", rules: [{ type: "expression", priority: 1, formulae: ["LEN($E2)>0"], style: { font: { color: { argb: "FF9C0006" } } } }] });
    ws.addConditionalFormatting({
      ref: "C2:C4",
      rules: [
        { type: "expression", priority: 2, formulae: ['$C2="A"'], style: fill("FFC6EFCE") },
        { type: "expression", priority: 3, formulae: ['$C2="B"'], style: fill("FFDDEBF7") },
        { type: "expression", priority: 4, formulae: ['$C2="C"'], style: fill("FFFCE4D6") },
      ],
    });
    const file = path.join(dir, "rated.xlsx");
    await wb.xlsx.writeFile(file);

    const fills = await gradeFills(fs.readFileSync(file), "Rated clients", ["A", "B", "C", "D"]);
    expect(Object.fromEntries(fills)).toEqual({ A: "#C6EFCE", B: "#DDEBF7", C: "#FCE4D6" });

    convertAll(soffice, [file], CSV_ALL_SHEETS, dir);
    convertAll(soffice, [file], "pdf", dir);
    const csv = parseCsv(fs.readFileSync(path.join(dir, "rated-Rated clients.csv"), "utf8"));
    expect(csv[1]).toEqual(["Acme", "100", "A", "200", ""]);
    execFileSync(pdftoppm, ["-r", "60", path.join(dir, "rated.pdf"), path.join(dir, "page")]);
    const image = readPpm(fs.readFileSync(path.join(dir, "page-1.ppm")));
    expect(countColour(image, "#C6EFCE")).toBeGreaterThan(0);
    expect(countColour(image, "#DDEBF7")).toBeGreaterThan(0);
    expect(countColour(image, "#FFC7CE")).toBe(0);
    // LibreOffice draws only the first matching rule of a cell: the flagged row's grade fill is not drawn
    // (Excel would draw the fill and the font colour together).
    expect(countColour(image, "#FCE4D6")).toBe(0);
  });
});
