// A1 addressing and sheet-name quoting: the one copy src/excel, src/simulator and src/workbench use.
import fc from "fast-check";
import { MAX_COLUMNS, MAX_ROWS, cellAddress, columnIndex, columnLetters, formatLocal, intersect, rectAt, tryParseRect } from "../../src/shared/a1";
import { formatAddress, parseAddress, quoteSheet, splitSheet, tryParseAddress } from "../../src/shared/sheetName";

describe("column letters", () => {
  it("round-trips every column of the grid", () => {
    for (let n = 0; n < MAX_COLUMNS; n++) expect(columnIndex(columnLetters(n))).toBe(n);
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(27), columnLetters(701), columnLetters(702)]).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(columnLetters(MAX_COLUMNS - 1)).toBe("XFD");
    expect(columnIndex("xfd")).toBe(16_383);
  });
});

describe("ranges", () => {
  it("parses cells, ranges, absolute references, whole columns and whole rows", () => {
    expect(tryParseRect("B3")).toEqual({ r0: 2, c0: 1, r1: 2, c1: 1 });
    expect(tryParseRect("$B$3:H20")).toEqual({ r0: 2, c0: 1, r1: 19, c1: 7 });
    expect(tryParseRect("H20:B3")).toEqual({ r0: 2, c0: 1, r1: 19, c1: 7 });
    expect(tryParseRect("A:C")).toEqual({ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: 2 });
    expect(tryParseRect("$K:$K")).toEqual({ r0: 0, c0: 10, r1: MAX_ROWS - 1, c1: 10 });
    expect(tryParseRect("5:9")).toEqual({ r0: 4, c0: 0, r1: 8, c1: MAX_COLUMNS - 1 });
  });

  it("refuses what is not an A1 reference inside the grid", () => {
    for (const text of ["", "A", "5", "A1:B", "B:7", "XFE1", "A1048577", "A0", "Scores", "A1:B2:C3", "R1C1"]) expect(tryParseRect(text)).toBeNull();
  });

  it("formats what it parses back to the same text", () => {
    for (const text of ["B3", "B3:H20", "A:C", "K:K", "5:9", "XFD1048576", "A1:XFD1048576"]) expect(formatLocal(tryParseRect(text)!)).toBe(text);
    fc.assert(
      fc.property(fc.nat(MAX_ROWS - 1), fc.nat(MAX_COLUMNS - 1), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), (row, col, rows, cols) => {
        const rect = rectAt(Math.min(row, MAX_ROWS - rows), Math.min(col, MAX_COLUMNS - cols), rows, cols);
        const back = tryParseRect(formatLocal(rect));
        return back !== null && back.r0 === rect.r0 && back.c0 === rect.c0 && back.r1 === rect.r1 && back.c1 === rect.c1;
      }),
      { numRuns: 300 },
    );
    expect(cellAddress(2, 27)).toBe("AB3");
  });

  it("intersects rectangles", () => {
    expect(intersect(tryParseRect("A1:C3")!, tryParseRect("B2:D4")!)).toEqual(tryParseRect("B2:C3"));
    expect(intersect(tryParseRect("A1:B2")!, tryParseRect("C3")!)).toBeNull();
  });
});

describe("sheet names in references", () => {
  // Names Excel would read as something else unquoted: cells (A1 and R1C1 style), booleans, numbers,
  // and names with spaces or apostrophes.
  const awkward: [string, string][] = [
    ["Q1", "'Q1'"],
    ["FY2024", "'FY2024'"],
    ["R1C1", "'R1C1'"],
    ["rc", "'rc'"],
    ["C3", "'C3'"],
    ["TRUE", "'TRUE'"],
    ["false", "'false'"],
    ["Client's list", "'Client''s list'"],
    ["a b", "'a b'"],
    ["2024", "'2024'"],
    ["Clients-NL", "'Clients-NL'"],
    ["Übersicht", "'Übersicht'"],
  ];

  it.each(awkward)("quotes %s as %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });

  it("leaves plain names bare", () => {
    for (const name of ["Clients", "Sheet1", "Pareto", "FY_2024", "Q1_sales", "ABCD1", "Focus.2024", "_x"]) expect(quoteSheet(name)).toBe(name);
  });

  it.each(awkward)("round-trips %s through formatAddress and parseAddress", (name) => {
    const rect = tryParseRect("B2:C9")!;
    const address = formatAddress(name, rect);
    expect(parseAddress(address)).toEqual({ sheet: name, rect });
    expect(splitSheet(address)).toEqual({ sheet: name, local: "B2:C9" });
  });

  it("parses what Excel returns as Range.address and refuses anything else with the text in the message", () => {
    expect(parseAddress("'It''s mine'!$B$3:H20")).toEqual({ sheet: "It's mine", rect: { r0: 2, c0: 1, r1: 19, c1: 7 } });
    expect(parseAddress("K7")).toEqual({ sheet: undefined, rect: { r0: 6, c0: 10, r1: 6, c1: 10 } });
    expect(tryParseAddress("Clients!Scores")).toBeNull();
    expect(() => parseAddress("Clients!#REF!")).toThrow("Not an A1 address: Clients!#REF!");
  });
});
