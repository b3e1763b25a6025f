import { estimateBytesPerRow, rowsPerChunk } from "../../src/excel/chunks";
import { gradeBands } from "../../src/excel/conditionalFormats";
import { BLANK_RUN_ENDS_DATA, dataRowCount, findHeaderRow } from "../../src/excel/headerRow";
import { buildXmlRecord, readXmlRecord } from "../../src/excel/xmlRecord";
import { HEADERS, clientRows } from "./support/clientSheet";

describe("header row", () => {
  it("finds the header under a title and notes", () => {
    const rows = [["Client list 2026"], ["exported by sales"], [], [...HEADERS], ...clientRows(10)];
    expect(findHeaderRow(rows)).toBe(3);
  });
  it("finds the header in row 1 when there is no title", () => {
    expect(findHeaderRow([[...HEADERS], ...clientRows(5)])).toBe(0);
  });
  it("reports none for a sheet of numbers", () => {
    expect(findHeaderRow([[1, 2], [3, 4]])).toBe(-1);
  });
  it("keeps short gaps inside the list and stops at a long blank run", () => {
    const rows: unknown[][] = [[...HEADERS], ...clientRows(3), [], [], ...clientRows(2)];
    for (let i = 0; i < BLANK_RUN_ENDS_DATA; i++) rows.push([]);
    rows.push(["a note far below"]);
    expect(dataRowCount(rows as never, 0, HEADERS.map((_, i) => i))).toBe(7);
  });
});

describe("custom XML record", () => {
  it("round-trips JSON, even with ]]> and markup inside", () => {
    const data = { text: "a ]]> b <tag> & \"q\"" };
    const rec = readXmlRecord(buildXmlRecord("r", "urn:x", 3, data));
    expect(rec.ok && rec.version).toBe(3);
    expect(rec.ok && JSON.parse(rec.text)).toEqual(data);
  });
  it("reports damage instead of throwing", () => {
    expect(readXmlRecord("not xml").ok).toBe(false);
    expect(readXmlRecord("<r xmlns='urn:x'>{}</r>").ok).toBe(false);
  });
});

describe("sizes and bands", () => {
  it("sizes chunks under the payload target from the measured row", () => {
    const rows = clientRows(100);
    const perRow = estimateBytesPerRow(rows);
    expect(perRow).toBeGreaterThan(JSON.stringify(rows[5]).length);
    expect(rowsPerChunk(perRow, 1_000_000) * perRow).toBeLessThanOrEqual(1_000_000);
  });
  it("keeps at most five grade bands, best first", () => {
    expect(gradeBands(["A", "B", "C", "D"])).toEqual([["A"], ["B"], ["C"], ["D"]]);
    const ten = gradeBands(["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"]);
    expect(ten).toHaveLength(5);
    expect(ten.flat()).toEqual(["10", "9", "8", "7", "6", "5", "4", "3", "2", "1"]);
  });
});

describe("header row and the profile's columns", () => {
  it("prefers the row holding a column the profile names over a notes block using usual names", () => {
    const rows = [
      ["Account Owner", "Details", "Customer details", "Customer Name", "Metrix level"],
      ["CA Name", "", "Week", "", "County level"],
      ["CA Region", "", "Region", "", "Region level"],
      ["CA Lead", "", "Region Lead", "", "Region lead level"],
      [],
      ["Work Schedule", "Week 1", "Week 2", "Week 3", "Month to date"],
      ["Total", 1, 34, 191, 307],
      ["Billed", 1, 16, 75, 123],
      ["Billed early", 0, 7, 92, 140],
    ];
    expect(findHeaderRow(rows, ["Month to date"])).toBe(5);
  });
});
