import { compareValues, compileCfFormula, constantOperand } from "../../src/workbench/grid/cfFormula";

// A grid where row r, column c holds values[r][c].
const values: Array<Array<string | number | null>> = [
  ["Name", "Score", "Grade", "Flags"],
  ["Acme", 91.5, "A", ""],
  ["Bolt", 42, "C", "knocked out"],
  ["Cobb", null, "d", null],
];
const read = (r: number, c: number) => values[r]?.[c] ?? null;

test("a relative reference moves with the cell, an absolute one stays", () => {
  // Written for the range's top-left C2 (row 1): "$C2" keeps column C and follows the row.
  const isA = compileCfFormula('=$C2="A"')!;
  expect(isA(read, 0, 0)).toBe(true); // row 2
  expect(isA(read, 1, 0)).toBe(false); // row 3
  expect(isA(read, 0, 5)).toBe(true); // any column: $C is absolute
  const fixedRow = compileCfFormula("=B$2=91.5")!;
  expect(fixedRow(read, 2, 0)).toBe(true); // two rows down: still B2
  expect(fixedRow(read, 0, 1)).toBe(false); // one column right: C2
});

test("text comparison ignores case, as Excel does", () => {
  const isD = compileCfFormula('=$C4="D"')!;
  expect(isD(read, 0, 0)).toBe(true);
});

test("functions and logic: LEN, AND, OR, NOT, ISBLANK, SEARCH, ISERROR", () => {
  expect(compileCfFormula("=LEN($D3)>0")!(read, 0, 0)).toBe(true);
  expect(compileCfFormula("=LEN($D2)>0")!(read, 0, 0)).toBe(false);
  expect(compileCfFormula('=AND($B2>=80,$C2="A")')!(read, 0, 0)).toBe(true);
  expect(compileCfFormula('=OR($B3>=80,NOT($C3="C"))')!(read, 0, 0)).toBe(false);
  expect(compileCfFormula("=ISBLANK($B4)")!(read, 0, 0)).toBe(true);
  expect(compileCfFormula('=ISNUMBER(SEARCH("knock",$D3))')!(read, 0, 0)).toBe(true);
  expect(compileCfFormula('=ISNUMBER(SEARCH("knock",$D2))')!(read, 0, 0)).toBe(false);
  expect(compileCfFormula('=ISERROR(SEARCH("knock",$D2))')!(read, 0, 0)).toBe(true);
});

test("arithmetic and concatenation", () => {
  expect(compileCfFormula("=$B2*2-3>=180")!(read, 0, 0)).toBe(true);
  expect(compileCfFormula('=$A2&"-"&$C2="Acme-A"')!(read, 0, 0)).toBe(true);
  expect(compileCfFormula("=-$B3<0")!(read, 0, 0)).toBe(true);
});

test("a formula it cannot read gives null instead of a wrong answer", () => {
  expect(compileCfFormula("=VLOOKUP($A2,Sheet2!A:B,2,FALSE)")).toBeNull();
  expect(compileCfFormula("=$B2>")).toBeNull();
});

test("constant operands of cell-value rules", () => {
  expect(constantOperand('="A"')).toBe("A");
  expect(constantOperand("=80")).toBe(80);
  expect(constantOperand("40.5")).toBe(40.5);
  expect(constantOperand('="say ""hi"""')).toBe('say "hi"');
});

test("Excel's ordering: numbers before text before booleans; blank equals 0 and empty text", () => {
  expect(compareValues(5, "a")).toBeLessThan(0);
  expect(compareValues("a", true)).toBeLessThan(0);
  expect(compareValues(null, 0)).toBe(0);
  expect(compareValues(null, "")).toBe(0);
  expect(compareValues("abc", "ABC")).toBe(0);
});
