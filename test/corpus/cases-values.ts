// Cases about what is inside the rated cells: numbers as text, signs, errors, formulas, dates.
import type { CorpusCase } from "./spec";
import { higher, profile, recency, revenueProfile } from "./profiles";

const GRADES = { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" };
const HEAD = ["Client", "Revenue", "Profit"];

/** Four clients whose Revenue (0..max) scores 90, 70, 50 and 10: grades A, B, C, D. */
function fourClients(revenue: unknown[], profit: unknown[] = [40, 30, 20, 10]) {
  return ["Alpha", "Bravo", "Charlie", "Delta"].map((name, i) => [name, revenue[i], profit[i]]) as never;
}

const thousands = (locale: string, texts: string[]): CorpusCase => ({
  id: `numbers-as-text-${locale}`,
  title: `Revenue typed as ${locale} number text`,
  build: { sheets: [{ name: "Clients", rows: [HEAD, ...fourClients(texts)] }] },
  profiles: [revenueProfile({ locale }, 10000)],
  expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
});

export const valueCases: CorpusCase[] = [
  thousands("en", ["9,000", "7,000.5", " 5,000.00 ", "1,000"]),
  thousands("nl", ["9.000", "7.000,5", "5.000,00", "1.000"]),
  thousands("de", ["9.000", "7.000,50", "5.000", "1.000,0"]),
  thousands("hu", ["9 000", "7\u00a0000,5", "5 000,00", "1 000"]),
  {
    id: "currency-signs",
    title: "Currency signs in text and currency number formats",
    build: {
      sheets: [{
        name: "Clients",
        rows: [HEAD, ...fourClients(["$9,000", "€7,000", { v: 5000, fmt: '"$"#,##0.00' }, "£1,000.00"])],
      }],
    },
    profiles: [revenueProfile({ locale: "en" }, 10000)],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "percent-signs",
    title: "Margins as percent text and as numbers with a percent format",
    build: {
      sheets: [{
        name: "Clients",
        rows: [["Client", "Margin", "Profit"], ...fourClients(["90%", "70 %", { v: 0.5, fmt: "0%" }, { v: 0.1, fmt: "0.0%" }])],
      }],
    },
    profiles: [profile([higher("Margin", 0, 1)], { locale: "en" }, "Profit")],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "parentheses-negatives",
    title: "Losses written in parentheses, as text and as an accounting format",
    build: {
      sheets: [{
        name: "Clients",
        rows: [HEAD, ...fourClients(
          ["800", { v: 400, fmt: "#,##0;(#,##0)" }, "(200)", { v: -1000, fmt: "#,##0;(#,##0)" }],
          ["(1,000)", 300, "(50)", 100],
        )],
      }],
    },
    // Revenue -1000..1000: 800 -> 90, 400 -> 70, -200 -> 40, -1000 -> 0.
    profiles: [profile([higher("Revenue", -1000, 1000)], { locale: "en" }, "Profit")],
    expect: { kind: "rated", warnings: ["pareto-total-not-positive"], clients: 4, grades: { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" } },
  },
  {
    id: "errors-and-blanks",
    title: "#N/A, #DIV/0!, #VALUE! and a blank in the rated column score zero",
    build: {
      sheets: [{
        name: "Clients",
        rows: [HEAD, ["Alpha", 90, 40], ["Bravo", { error: "#N/A" }, 30], ["Charlie", { error: "#DIV/0!" }, 20],
          ["Delta", { error: "#VALUE!" }, 10], ["Echo", null, 5]],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["missing-values", "largest-client-share"], clients: 5, grades: { Alpha: "A", Bravo: "D", Charlie: "D", Delta: "D", Echo: "D" } },
  },
  {
    id: "formulas-in-data",
    title: "Revenue computed by formulas from other columns, kept as formulas",
    build: {
      sheets: [{
        name: "Clients",
        rows: [["Client", "Units", "Revenue", "Profit"],
          ["Alpha", 45, { f: "B2*2", v: 90 }, { f: "C2-50", v: 40 }],
          ["Bravo", 35, { f: "B3*2", v: 70 }, { f: "C3-40", v: 30 }],
          ["Charlie", 25, { f: "B4*2", v: 50 }, { f: "C4-30", v: 20 }],
          ["Delta", 5, { f: "B5*2", v: 10 }, { f: "IF(C5>0,10,0)", v: 10 }]],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "dates-as-serials",
    title: "Last contact as date serial numbers with a date format",
    build: {
      sheets: [{
        name: "Clients",
        // asOf 2026-01-31 (serial 46053): 16, 120, 200 and 400 days ago.
        rows: [["Client", "Last contact", "Profit"],
          ["Alpha", { v: 46037, fmt: "yyyy-mm-dd" }, 40], ["Bravo", { v: 45933, fmt: "dd/mm/yyyy" }, 30],
          ["Charlie", { v: 45853, fmt: "d-mmm-yy" }, 20], ["Delta", { v: 45653, fmt: "yyyy-mm-dd" }, 10]],
      }],
    },
    profiles: [profile([recency("Last contact")], {}, "Profit")],
    request: { asOf: new Date(Date.UTC(2026, 0, 31)) },
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "dates-as-text",
    title: "Last contact typed as ISO date text",
    build: {
      sheets: [{
        name: "Clients",
        rows: [["Client", "Last contact", "Profit"], ["Alpha", "2026-01-15", 40], ["Bravo", "2025-10-03", 30],
          ["Charlie", "2025-07-15", 20], ["Delta", "2024-12-27", 10]],
      }],
    },
    profiles: [profile([recency("Last contact")], {}, "Profit")],
    request: { asOf: new Date(Date.UTC(2026, 0, 31)) },
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "mixed-numbers-and-text",
    title: "Real numbers, number text, unicode minus and booleans mixed in one column",
    build: {
      sheets: [{
        name: "Clients",
        rows: [HEAD, ["Alpha", 90, 40], ["Bravo", "70", 30], ["Charlie", "\u221250", 20], ["Delta", true, 10], ["Echo", "n/a", 5]],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["missing-values", "largest-client-share"], clients: 5, grades: { Alpha: "A", Bravo: "B", Charlie: "D", Delta: "D", Echo: "D" } },
  },
  {
    id: "categories-and-knockout",
    title: "Credit ratings with stray spaces and case, a knockout on bad credit",
    build: {
      sheets: [{
        name: "Clients",
        rows: [["Client", "Revenue", "Credit rating", "Profit"], ["Alpha", 90, " aaa ", 40], ["Bravo", 70, "AA", 30],
          ["Charlie", 95, "junk", 20], ["Delta", 10, "BBB", 10]],
      }],
    },
    profiles: [profile([higher("Revenue"), {
      id: "credit", column: "Credit rating", area: "client", weight: 1,
      rule: { type: "categories", scores: { AAA: 100, AA: 70, BBB: 50 }, otherwise: 0 }, knockout: { below: 50 },
    }], {}, "Profit")],
    // Alpha (90+100)/2 = 95 A; Bravo 70 B; Charlie knocked out D; Delta 30 D.
    expect: { kind: "rated", warnings: ["knocked-out", "largest-client-share"], clients: 4, grades: { Alpha: "A", Bravo: "B", Charlie: "D", Delta: "D" } },
  },
];
