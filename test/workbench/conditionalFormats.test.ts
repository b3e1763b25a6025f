import { automaticTextOn, buildPainter, mixColors, textOnDark } from "../../src/workbench/grid/conditionalFormats";
import { fakeSheet } from "./fakeSheet";

const rows = [
  ["Client", "Score", "Grade", "Share"],
  ["a", 0, "D", 0.1],
  ["b", 50, "B", 0.5],
  ["c", 100, "A", 1],
  ["d", 75, "A", -0.2],
];
const column = (c: number) => ({ r0: 1, r1: 4, c0: c, c1: c });

test("grade fills from custom formula rules, one per grade", () => {
  const painter = buildPainter(
    fakeSheet(rows, [
      { type: "Custom", priority: 0, ranges: [column(2)], details: { rule: { formula: '=$C2="A"' }, format: { fill: { color: "#C6EFCE" } } } },
      { type: "Custom", priority: 1, ranges: [column(2)], details: { rule: { formula: '=$C2="B"' }, format: { fill: { color: "#FFEB9C" } } } },
    ]),
  );
  expect(painter(3, 2)?.background).toBe("#C6EFCE");
  expect(painter(2, 2)?.background).toBe("#FFEB9C");
  expect(painter(1, 2)).toBeUndefined(); // D has no rule
  expect(painter(3, 1)).toBeUndefined(); // outside the range
});

test("cell-value rules compare with their operands", () => {
  const painter = buildPainter(
    fakeSheet(rows, [
      { type: "CellValue", priority: 0, ranges: [column(1)], details: { cellValue: { rule: { operator: "Between", formula1: "=40", formula2: "80" }, format: { font: { color: "#9C0006" } } } } },
    ]),
  );
  expect(painter(2, 1)?.color).toBe("#9C0006");
  expect(painter(4, 1)?.color).toBe("#9C0006");
  expect(painter(1, 1)).toBeUndefined();
  expect(painter(3, 1)).toBeUndefined();
});

test("a three-colour scale runs from the lowest through the midpoint to the highest value", () => {
  const painter = buildPainter(
    fakeSheet(rows, [
      {
        type: "ColorScale",
        priority: 0,
        ranges: [column(1)],
        details: {
          criteria: {
            minimum: { type: "LowestValue", color: "#F8696B" },
            midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
            maximum: { type: "HighestValue", color: "#63BE7B" },
          },
        },
      },
    ]),
  );
  expect(painter(1, 1)?.background?.toUpperCase()).toBe("#F8696B");
  expect(painter(3, 1)?.background?.toUpperCase()).toBe("#63BE7B");
  const middle = painter(2, 1)?.background; // 50 is below the median 62.5: between red and yellow
  expect(middle).not.toBe(painter(1, 1)?.background);
  expect(middle).not.toBe(painter(4, 1)?.background);
});

test("data bars are proportional to the value, negative ones in the negative colour", () => {
  const painter = buildPainter(
    fakeSheet(rows, [{ type: "DataBar", priority: 0, ranges: [column(3)], details: { dataBar: { positiveFormat: { fillColor: "#638EC6" } } } }]),
  );
  expect(painter(3, 3)?.bar).toEqual({ fraction: 1, color: "#638EC6" });
  expect(painter(2, 3)?.bar?.fraction).toBeCloseTo(0.5, 5);
  expect(painter(4, 3)?.bar?.color).toBe("#FF0000");
});

test("the higher-priority rule wins a conflicting fill; a data bar still shows under it", () => {
  const painter = buildPainter(
    fakeSheet(rows, [
      { type: "Custom", priority: 1, ranges: [column(3)], details: { rule: { formula: "=$D2>0" }, format: { fill: { color: "#111111" } } } },
      { type: "Custom", priority: 0, ranges: [column(3)], details: { rule: { formula: "=$D2>=1" }, format: { fill: { color: "#222222" } } } },
      { type: "DataBar", priority: 2, ranges: [column(3)], details: {} },
    ]),
  );
  expect(painter(3, 3)?.background).toBe("#222222");
  expect(painter(2, 3)?.background).toBe("#111111");
  expect(painter(3, 3)?.bar).toBeDefined();
});

test("text rules and top/bottom rules", () => {
  const painter = buildPainter(
    fakeSheet(rows, [
      { type: "ContainsText", priority: 0, ranges: [column(0)], details: { textComparison: { rule: { operator: "BeginsWith", text: "C" }, format: { fill: { color: "#ABCDEF" } } } } },
      { type: "TopBottom", priority: 1, ranges: [column(1)], details: { topBottom: { rule: { type: "TopItems", rank: 2 }, format: { font: { bold: true } } } } },
    ]),
  );
  expect(painter(3, 0)?.background).toBe("#ABCDEF");
  expect(painter(1, 0)).toBeUndefined();
  expect(painter(3, 1)?.bold).toBe(true); // 100
  expect(painter(4, 1)?.bold).toBe(true); // 75
  expect(painter(2, 1)).toBeUndefined(); // 50
});

test("colour mixing", () => {
  expect(mixColors("#000000", "#FFFFFF", 0.5)).toBe("#808080");
  expect(mixColors("#102030", "#102030", 0.3)).toBe("#102030");
});

describe("automatic text colour on a fill (dark theme)", () => {
  it("is dark on Excel's light grade fills and light on a dark fill", () => {
    expect(automaticTextOn("#C6EFCE")).toBe("#1b1b1b");
    expect(automaticTextOn("#FFEB9C")).toBe("#1b1b1b");
    expect(automaticTextOn("#203864")).toBe("#f0f0f0");
    expect(automaticTextOn("red")).toBeUndefined();
  });
});

describe("font colours on the dark theme's unfilled cells", () => {
  it("lightens the flagged rows' dark red and leaves light colours alone", () => {
    const lightened = textOnDark("#9C0006");
    expect(lightened).not.toBe("#9C0006");
    expect(automaticTextOn(lightened)).toBe("#1b1b1b"); // now a light colour
    expect(textOnDark("#FFC7CE")).toBe("#FFC7CE");
  });
});
