import { readDate, readNumber, readText, serialToDays, EXCEL_ERRORS, type Locale } from "../../src/core";

const num = (cell: unknown, locale: Locale = "en", format?: string) => {
  const read = readNumber(cell as never, locale, format);
  return read.ok ? read.value : read;
};
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe("readNumber", () => {
  it("takes number cells as they are, percent-formatted ones included", () => {
    expect(num(1234.5)).toBe(1234.5);
    expect(num(0.12, "en", "0%")).toBe(0.12);
    expect(num(-3)).toBe(-3);
  });

  it.each<[string, Locale, number]>([
    ["1,234.56", "en", 1234.56],
    ["1,234,567", "en", 1234567],
    ["1234.5", "en", 1234.5],
    [".5", "en", 0.5],
    ["1.234", "en", 1.234],
    ["1.234,56", "nl", 1234.56],
    ["1.234.567", "nl", 1234567],
    ["12,5", "nl", 12.5],
    ["1.234", "nl", 1234],
    ["1.234,56", "de", 1234.56],
    ["1'234,56", "de", 1234.56],
    ["1 234,56", "hu", 1234.56],
    ["1\u00A0234,56", "hu", 1234.56],
    ["1\u202F234\u202F567,5", "hu", 1234567.5],
    ["1 234.56", "en", 1234.56],
    ["1234.5", "nl", 1234.5],
    ["1.5E+3", "en", 1500],
  ])("reads %p in %s as %p", (text, locale, expected) => {
    expect(num(text, locale)).toBeCloseTo(expected, 10);
  });

  it.each<[string, Locale]>([
    ["1,5", "en"],
    ["12,34,5", "en"],
    ["1.2.3", "nl"],
    ["abc", "en"],
    ["12 apples", "en"],
    ["--5", "en"],
    ["$", "en"],
  ])("refuses %p in %s as unreadable, keeping the text", (text, locale) => {
    expect(readNumber(text, locale)).toEqual({ ok: false, reason: "unreadable", detail: text });
  });

  it.each<[string, Locale, number]>([
    ["$1,234.50", "en", 1234.5],
    ["€ 1.234,50", "nl", 1234.5],
    ["1.234,50 €", "de", 1234.5],
    ["£12", "en", 12],
    ["¥1,000", "en", 1000],
    ["12 500 Ft", "hu", 12500],
    ["HUF 12 500", "hu", 12500],
    ["EUR 99,95", "nl", 99.95],
    ["USD 1,000", "en", 1000],
    ["250 kr", "en", 250],
    ["-$5", "en", -5],
    ["$-5", "en", -5],
  ])("strips currency in %p (%s)", (text, locale, expected) => {
    expect(num(text, locale)).toBeCloseTo(expected, 10);
  });

  it("reads percent text as a fraction", () => {
    expect(num("12%")).toBeCloseTo(0.12, 12);
    expect(num("12,5 %", "nl")).toBeCloseTo(0.125, 12);
    expect(num("-3%")).toBeCloseTo(-0.03, 12);
  });

  it("reads parentheses, leading and trailing minus as negative", () => {
    expect(num("(1,234.50)")).toBe(-1234.5);
    expect(num("($500)")).toBe(-500);
    expect(num("(1.234,50 €)", "de")).toBe(-1234.5);
    expect(num("-12")).toBe(-12);
    expect(num("\u221212")).toBe(-12);
    expect(num("12-")).toBe(-12);
    expect(num("+12")).toBe(12);
  });

  it("reads booleans as 1 and 0", () => {
    expect(num(true)).toBe(1);
    expect(num(false)).toBe(0);
  });

  it.each(EXCEL_ERRORS)("keeps Excel error %s as the reason", (error) => {
    expect(readNumber(error, "en")).toEqual({ ok: false, reason: "error", detail: error });
    expect(readDate(error)).toEqual({ ok: false, reason: "error", detail: error });
    expect(readText(error)).toEqual({ ok: false, reason: "error", detail: error });
  });

  it.each([null, undefined, "", "   ", "\u00A0"])("treats %p as blank", (cell) => {
    expect(readNumber(cell as never, "en")).toMatchObject({ ok: false, reason: "blank" });
    expect(readText(cell as never)).toMatchObject({ ok: false, reason: "blank" });
    expect(readDate(cell as never)).toMatchObject({ ok: false, reason: "blank" });
  });

  it("refuses non-finite numbers", () => {
    expect(readNumber(NaN, "en")).toMatchObject({ ok: false, reason: "unreadable" });
    expect(readNumber(Infinity, "en")).toMatchObject({ ok: false, reason: "unreadable" });
  });
});

describe("readDate", () => {
  it("reads Excel serials in the 1900 system, including the phantom 29 Feb 1900", () => {
    expect(serialToDays(1)).toBe(day("1900-01-01"));
    expect(serialToDays(59)).toBe(day("1900-02-28"));
    expect(serialToDays(60)).toBe(day("1900-02-28"));
    expect(serialToDays(61)).toBe(day("1900-03-01"));
    expect(serialToDays(25569)).toBe(0);
    expect(serialToDays(45658)).toBe(day("2025-01-01"));
    expect(readDate(45658.75)).toEqual({ ok: true, value: day("2025-01-01") });
  });

  it("refuses negative and out-of-range serials and booleans", () => {
    expect(readDate(-1)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(readDate(3_000_000)).toMatchObject({ ok: false, reason: "unreadable" });
    expect(readDate(true)).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it.each<[string, Locale, string]>([
    ["2024-03-15", "en", "2024-03-15"],
    ["2024-03-15T13:45:00", "en", "2024-03-15"],
    ["2024-03-15 23:59", "en", "2024-03-15"],
    ["2024-03-15T10:00:00Z", "en", "2024-03-15"],
    ["2024. 03. 15.", "hu", "2024-03-15"],
    ["2024/03/15", "en", "2024-03-15"],
    ["15.03.2024", "de", "2024-03-15"],
    ["15-03-2024", "nl", "2024-03-15"],
    ["5.3.2024", "hu", "2024-03-05"],
    ["03/15/2024", "en", "2024-03-15"],
    ["15/03/2024", "nl", "2024-03-15"],
  ])("reads %p (%s) as %s", (text, locale, iso) => {
    expect(readDate(text, undefined, locale)).toEqual({ ok: true, value: day(iso) });
  });

  it.each(["2024-02-30", "2023-13-01", "15/03/2024", "yesterday", "2024-03-15T25:00"])("refuses %p in en", (text) => {
    expect(readDate(text, undefined, "en")).toEqual({ ok: false, reason: "unreadable", detail: text });
  });
});

describe("readText", () => {
  it("trims text and writes numbers and booleans out", () => {
    expect(readText("  Gold ")).toEqual({ ok: true, value: "Gold" });
    expect(readText(12)).toEqual({ ok: true, value: "12" });
    expect(readText(false)).toEqual({ ok: true, value: "FALSE" });
  });
});
