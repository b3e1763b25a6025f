// The package's own zip reader and writer (src/simulator/xlsx/zip*.ts), with both deflates: the browser's
// CompressionStream (the simulator's default) and node:zlib (what the command line installs).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { nodeZipCodec } from "../../src/cli/nodeZipCodec";
import { SimWorkbook } from "../../src/simulator";
import { InflatedTooLargeError, crc32, useZipCodec, zipCodec, type ZipCodec } from "../../src/simulator/xlsx/zipCodec";
import { DEFLATED, STORED, ZipFormatError, inflateEntry, readZipEntries } from "../../src/simulator/xlsx/zipReader";
import { ZipTooLargeError, writeZip } from "../../src/simulator/xlsx/zipWriter";
import { macroWorkbook } from "../corpus/files";

jest.setTimeout(120_000);

const streamsCodec = zipCodec();
const text = (s: string) => new TextEncoder().encode(s);
// toEqual walks a typed array element by element, seconds for a megabyte
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
const codecs: Array<[string, ZipCodec]> = [["CompressionStream", streamsCodec], ["node:zlib", nodeZipCodec]];

afterEach(() => useZipCodec(streamsCodec));

function repetitiveXml(rows: number): Uint8Array {
  const parts: string[] = ["<sheetData>"];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Client ${r % 977}</t></is></c><c r="B${r}"><v>${(r * 7919) % 100003}</v></c></row>`);
  parts.push("</sheetData>");
  return text(parts.join(""));
}

describe.each(codecs)("with %s", (_name, codec) => {
  test("what it writes, jszip reads back part for part with every CRC-32 checked", async () => {
    const sheet = repetitiveXml(20_000);
    const bytes = await writeZip([
      { name: "xl/worksheets/sheet1.xml", data: sheet },
      { name: "docProps/app.xml", data: text("<Properties/>") },
    ], codec);
    expect(bytes.length).toBeLessThan(sheet.length / 4);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["xl/worksheets/sheet1.xml", "docProps/app.xml"]);
    expect(sameBytes(await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array"), sheet)).toBe(true);
    expect(await zip.file("docProps/app.xml")!.async("string")).toBe("<Properties/>");
  });

  test("what jszip writes, deflated or stored, it reads back with the stated sizes", async () => {
    const zip = new JSZip();
    const sheet = repetitiveXml(5_000);
    zip.file("xl/worksheets/sheet1.xml", sheet);
    zip.file("xl/media/image1.png", new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { compression: "STORE" });
    const entries = readZipEntries(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(entries.map((e) => [e.name, e.method])).toEqual([["xl/", STORED], ["xl/worksheets/", STORED], ["xl/worksheets/sheet1.xml", DEFLATED], ["xl/media/", STORED], ["xl/media/image1.png", STORED]].filter(([n]) => !String(n).endsWith("/")));
    expect(sameBytes(await inflateEntry(entries[0], codec), sheet)).toBe(true);
    expect(await inflateEntry(entries[1], codec)).toEqual(new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
  });

  test("a part's name outside ASCII is written as UTF-8 and flagged so (bit 11), and read back as it was", async () => {
    const name = "xl/media/Übersicht – Kunden ő.xml";
    const bytes = await writeZip([{ name, data: text("<a/>") }, { name: "plain.xml", data: text("<b/>") }], codec);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(6, true) & 0x0800).toBe(0x0800);
    const secondLocal = 30 + text(name).length + readZipEntries(bytes)[0].compressed.length;
    expect(view.getUint16(secondLocal + 6, true) & 0x0800).toBe(0);
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).toEqual([name, "plain.xml"]);
    expect(readZipEntries(bytes).map((e) => e.name)).toEqual([name, "plain.xml"]);
  });

  test("an empty part is written stored and reads back empty, both ways", async () => {
    const bytes = await writeZip([{ name: "empty.xml", data: new Uint8Array(0) }], codec);
    const [entry] = readZipEntries(bytes);
    expect(entry.method).toBe(STORED);
    expect(await inflateEntry(entry, codec)).toEqual(new Uint8Array(0));
    expect(await (await JSZip.loadAsync(bytes, { checkCRC32: true })).file("empty.xml")!.async("uint8array")).toEqual(new Uint8Array(0));
    const fromJszip = new JSZip();
    fromJszip.file("empty.xml", "");
    const [theirs] = readZipEntries(await fromJszip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect((await inflateEntry(theirs, codec)).length).toBe(0);
  });

  test("inflating stops as soon as a part passes the size it states", async () => {
    const deflated = await codec.deflateRaw(new Uint8Array(4 * 2 ** 20));
    await expect(codec.inflateRaw(deflated, 1000)).rejects.toBeInstanceOf(InflatedTooLargeError);
    expect((await codec.inflateRaw(deflated, 4 * 2 ** 20)).length).toBe(4 * 2 ** 20);
  });

  test("its CRC-32 is the standard one", () => {
    expect(codec.crc32(text("123456789"))).toBe(0xcbf43926);
    expect(codec.crc32(new Uint8Array(0))).toBe(0);
  });
});

test("the JavaScript CRC-32 and node:zlib's agree on a large part", () => {
  const data = repetitiveXml(3_000);
  expect(crc32(data)).toBe(nodeZipCodec.crc32(data));
});

test("a part whose bytes no longer match its CRC-32 is refused as damaged, naming the part", async () => {
  const bytes = await writeZip([{ name: "xl/workbook.xml", data: text("<workbook/>") }], nodeZipCodec, false);
  const damaged = new Uint8Array(bytes);
  damaged[30 + "xl/workbook.xml".length + 2] ^= 0xff;
  await expect(inflateEntry(readZipEntries(damaged)[0], nodeZipCodec)).rejects.toThrow(/its part xl\/workbook\.xml cannot be unpacked \(its checksum does not match/);
});

test("a truncated workbook is refused with a message that says so, not a stack trace", async () => {
  const whole = await new SimWorkbook().toXlsx();
  for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 40]) {
    const error = await SimWorkbook.fromXlsx(whole.subarray(0, cut)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ZipFormatError);
    expect((error as Error).message).toMatch(/no zip directory at its end|cut short|truncated|damaged/);
  }
});

test("a deflated part with damaged data is refused as damaged, naming the part", async () => {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", repetitiveXml(2_000));
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const [entry] = readZipEntries(bytes);
  const start = entry.compressed.byteOffset - bytes.byteOffset;
  const damaged = new Uint8Array(bytes);
  for (let i = 0; i < 64; i++) damaged[start + 100 + i] ^= 0x5a;
  for (const codec of [streamsCodec, nodeZipCodec]) {
    await expect(inflateEntry(readZipEntries(damaged)[0], codec)).rejects.toThrow(/its part xl\/worksheets\/sheet1\.xml cannot be unpacked/);
  }
});

test("65,535 parts or more need ZIP64, and are refused rather than written wrong", async () => {
  const parts = Array.from({ length: 0xffff }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(0) }));
  await expect(writeZip(parts, nodeZipCodec)).rejects.toBeInstanceOf(ZipTooLargeError);
});

test("writing the same workbook twice gives the same bytes", async () => {
  useZipCodec(nodeZipCodec);
  const wb = await SimWorkbook.fromXlsx(await macroWorkbook());
  expect(sameBytes(await wb.toXlsx(), await wb.toXlsx())).toBe(true);
});

test("a part of the input written back unchanged is copied as it was stored, not deflated again", async () => {
  useZipCodec(nodeZipCodec);
  const input = await JSZip.loadAsync(await macroWorkbook());
  const vba = await input.file("xl/vbaProject.bin")!.async("uint8array");
  input.file("xl/vbaProject.bin", vba, { compression: "STORE" });
  const inputBytes = await input.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const before = readZipEntries(inputBytes).find((e) => e.name === "xl/vbaProject.bin")!;
  const after = readZipEntries(await (await SimWorkbook.fromXlsx(inputBytes)).toXlsx()).find((e) => e.name === "xl/vbaProject.bin")!;
  expect(after.method).toBe(STORED);
  expect(sameBytes(after.compressed, before.compressed)).toBe(true);
  expect([after.crc32, after.dosDate, after.dosTime]).toEqual([before.crc32, before.dosDate, before.dosTime]);
});

test.each(codecs)("a rated-size workbook written with %s reads back in exceljs with its cells, styles and conditional formats", async (_name, codec) => {
  useZipCodec(codec);
  const wb = new SimWorkbook();
  const { createExcelHost } = await import("../../src/simulator");
  await createExcelHost(wb).run(async (context) => {
    const sheet = context.workbook.worksheets.add("Kunden");
    const values = Array.from({ length: 3000 }, (_, i) => [`Kunde ${i} ő`, i * 1.5, i % 2 === 0]);
    const range = sheet.getRange("A1:C3000");
    range.values = values;
    sheet.getRange("B1:B3000").numberFormat = Array.from({ length: 3000 }, () => ["0.00"]);
    sheet.getRange("A1").format.fill.color = "#FFC000";
    const cf = sheet.getRange("B1:B3000").conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = "#C6EFCE";
    cf.cellValue.rule = { formula1: "100", operator: "GreaterThan" };
    await context.sync();
  });
  const xl = new ExcelJS.Workbook();
  await xl.xlsx.load(Buffer.from(await wb.toXlsx()) as unknown as ExcelJS.Buffer);
  const ws = xl.getWorksheet("Kunden")!;
  expect(ws.getCell("A2999").value).toBe("Kunde 2998 ő");
  expect(ws.getCell("B3000").value).toBe(2999 * 1.5);
  expect(ws.getCell("C1").value).toBe(true);
  expect(ws.getCell("B5").numFmt).toBe("0.00");
  expect((ws.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/FFC000$/);
  const cfs = (ws as ExcelJS.Worksheet & { conditionalFormattings: Array<{ ref: string; rules: Array<{ operator?: string }> }> }).conditionalFormattings;
  expect(cfs.map((c) => [c.ref, c.rules[0].operator])).toEqual([["B1:B3000", "greaterThan"]]);
});
