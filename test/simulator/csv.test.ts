import { csvWorkbook, defuseFormula, readCsv, sheetNameFor, writeCsv } from "../../src/simulator";

const bytes = (text: string) => new TextEncoder().encode(text);
const decode = (data: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);

describe("readCsv", () => {
  it("detects a semicolon, decimal commas and a BOM, and types numbers, percents and dates", () => {
    const t = readCsv(bytes('\ufeffKlant;Omzet;Korting;Datum\r\n"Jansen; BV";1.234,56;12,5%;31-12-2023\r\nde Vries;-3,5;5%;01-02-2024\r\n'), "klanten.csv");
    expect(t.format).toEqual({ delimiter: ";", decimal: ",", dateOrder: "dmy", lineBreak: "\r\n", encoding: "utf-8" });
    expect(t.values).toEqual([
      ["Klant", "Omzet", "Korting", "Datum"],
      ["Jansen; BV", 1234.56, 0.125, 45291],
      ["de Vries", -3.5, 0.05, 45323],
    ]);
    expect(t.numberFormats[1]).toEqual([undefined, undefined, "0.0%", "yyyy-mm-dd"]);
    expect(t.warnings).toEqual([]);
    expect(t.sheetName).toBe("klanten");
  });

  it("reads commas with quoted fields, doubled quotes and tabs", () => {
    expect(readCsv('Name,Note\n"Smith, J","say ""hi"""\n', "a.csv").values[1]).toEqual(["Smith, J", 'say "hi"']);
    const tab = readCsv("Name\tSales\nA\t3.25\nB\t4\n", "t.tsv");
    expect(tab.format.delimiter).toBe("\t");
    expect(tab.values[1]).toEqual(["A", 3.25]);
  });

  it("warns, naming the column and the order assumed, when no day is above 12", () => {
    const t = readCsv("Client,Last contact\nA,03/01/2023\nB,04/02/2023\n", "c.csv");
    expect(t.values[1][1]).toBe(44929); // 3 January 2023
    expect(t.warnings).toEqual([expect.objectContaining({ code: "ambiguous-dates", message: expect.stringMatching(/"Last contact".*day\/month.*--date-order mdy/) })]);
    const us = readCsv("Client,Last contact\nA,03/01/2023\n", "c.csv", { dateOrder: "mdy" });
    expect(us.values[1][1]).toBe(44986); // 1 March 2023
  });

  it("takes the order a day above 12 shows, for every date column, without a warning", () => {
    const t = readCsv("Client,First,Last\nA,03/01/23,01/02/23\nB,12/25/22,12/31/22\n", "c.csv");
    expect(t.format.dateOrder).toBe("mdy");
    expect(t.values[1]).toEqual(["A", 44986, 44928]);
    expect(t.warnings).toEqual([]);
  });

  it("keeps codes with leading zeros and long digit runs as text", () => {
    const t = readCsv("ID,Zip,Card\n00123,01234,12345678901234567\n00124,99999,1\n", "ids.csv");
    expect(t.values[1]).toEqual(["00123", "01234", "12345678901234567"]);
    expect(t.values[2]).toEqual(["00124", "99999", "1"]);
  });

  it("reads 1,234 as one thousand and says so when nothing in the file settles it", () => {
    const t = readCsv("Client,Revenue\nA,\"1,234\"\nB,\"2,500\"\n", "c.csv");
    expect(t.values[1][1]).toBe(1234);
    expect(t.warnings.map((w) => w.code)).toEqual(["ambiguous-numbers"]);
    expect(readCsv("Client;Revenue\nA;1,234\n", "c.csv", { decimal: "," }).values[1][1]).toBe(1.234);
  });

  it("reads a Windows-1252 file and says so", () => {
    const t = readCsv(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), "w.csv");
    expect(t.values[1]).toEqual(["Café"]);
    expect(t.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
  });

  it("refuses an unclosed quote and an empty file with the file named", () => {
    expect(() => readCsv('A,B\n1,"open\n', "bad.csv")).toThrow(/bad\.csv: a quoted field is not closed/);
    expect(() => readCsv("\ufeff", "empty.csv")).toThrow(/empty\.csv is empty/);
  });

  it("builds a workbook of one active sheet named after the file", () => {
    const wb = csvWorkbook(readCsv("Client;Revenue;Since\nA;1,5;2024-02-29\n", "Q1: clients [EU].csv"));
    expect(wb.sheetNames()).toEqual(["Q1_ clients _EU_"]);
    expect(wb.cell("Q1_ clients _EU_", "B2").value).toBe(1.5);
    expect(wb.cell("Q1_ clients _EU_", "C2")).toMatchObject({ value: 45351, numberFormat: "yyyy-mm-dd" });
    expect(sheetNameFor("/tmp/history.csv")).toBe("Sheet1");
  });
});

describe("writeCsv", () => {
  const format = { delimiter: ";", decimal: ",", dateOrder: "dmy", lineBreak: "\r\n", encoding: "utf-8" } as const;

  it("writes UTF-8 with a BOM, the file's delimiter and decimal comma", () => {
    const out = writeCsv([["Klant", "Score"], ["Jansen; BV", 72.5], ["Müller", null]], format);
    expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(out)).toBe('\ufeffKlant;Score\r\n"Jansen; BV";72,5\r\nMüller;\r\n');
  });

  it("defuses cells that a spreadsheet would run as a formula, and leaves numbers alone", () => {
    const out = decode(writeCsv([["=HYPERLINK(\"http://x\")", "+27 Revenue; -9 Days late", "@SUM(A1)", "-64,77", "-5%", -3.5]], format));
    expect(out).toBe('\ufeff"\'=HYPERLINK(""http://x"")";"\'+27 Revenue; -9 Days late";\'@SUM(A1);-64,77;-5%;-3,5\r\n');
    expect(defuseFormula("\tcmd", format)).toBe("'\tcmd");
    expect(defuseFormula("-1.5", { decimal: ".", dateOrder: null })).toBe("-1.5");
    expect(defuseFormula("-1.5", { decimal: ",", dateOrder: null })).toBe("'-1.5");
  });

  it("reads back what it wrote", () => {
    const rows = [["Client", "Revenue", "Note"], ["A, B", 1234.5, 'say "x"']];
    const again = readCsv(writeCsv(rows, { ...format, delimiter: "," }), "r.csv");
    expect(again.values).toEqual(rows);
    expect(again.format).toMatchObject({ delimiter: ",", decimal: "," });
  });
});
