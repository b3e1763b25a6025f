import { cellText, formatNumber } from "../../src/workbench/grid/cellText";

test("numbers follow the simple parts of their format", () => {
  expect(formatNumber(0.1234, "0.0%")).toBe("12.3%");
  expect(formatNumber(0.5, "0%")).toBe("50%");
  expect(formatNumber(1234.5, "#,##0.00")).toBe("1,234.50");
  expect(formatNumber(1234.5, "0")).toBe("1235");
  expect(formatNumber(45000, "yyyy-mm-dd")).toBe("2023-03-15");
  expect(formatNumber(0.1 + 0.2)).toBe("0.3");
  expect(formatNumber(42)).toBe("42");
});

test("cells read as Excel shows them", () => {
  expect(cellText(undefined)).toBe("");
  expect(cellText({ value: null })).toBe("");
  expect(cellText({ value: true })).toBe("TRUE");
  expect(cellText({ value: "=HYPERLINK(1)" })).toBe("=HYPERLINK(1)");
  expect(cellText({ value: 0.25, numberFormat: "0%" })).toBe("25%");
});
