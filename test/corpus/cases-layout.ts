// Cases about where the data sits: titles, merges, odd headers, hidden rows, tables, extents.
import type { CellSpec, CorpusCase } from "./spec";
import { higher, profile, revenueProfile } from "./profiles";

const GRADES = { Alpha: "A", Bravo: "B", Charlie: "C", Delta: "D" };
const HEAD = ["Client", "Revenue", "Profit"];
const DATA: CellSpec[][] = [["Alpha", 90, 40], ["Bravo", 70, 30], ["Charlie", 50, 20], ["Delta", 10, 10]];
const plain = (rows: CellSpec[][], extra: object = {}) => ({ sheets: [{ name: "Clients", rows, ...extra }] });

export const layoutCases: CorpusCase[] = [
  {
    id: "header-under-title",
    title: "Header on row 5 under a merged title, a date line and a blank row",
    build: plain([["Client list 2026", null, null], [{ v: 46053, fmt: "d mmmm yyyy" }], ["Prepared by sales"], [], HEAD, ...DATA],
      { merges: ["A1:C1"] }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "merged-header",
    title: "Header cell Revenue merged over two columns",
    build: plain([["Client", "Revenue", null, "Profit"], ["Alpha", 90, "EUR", 40], ["Bravo", 70, "EUR", 30],
      ["Charlie", 50, "USD", 20], ["Delta", 10, "EUR", 10]], { merges: ["B1:C1"] }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share", "no-pivot-layout"], clients: 4, grades: GRADES },
  },
  {
    id: "merged-data",
    title: "Region merged down over several client rows",
    build: plain([["Region", ...HEAD], ["North", ...DATA[0]], [null, ...DATA[1]], [null, ...DATA[2]], ["South", ...DATA[3]]],
      { merges: ["A2:A4"] }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES, nameColumn: "Client" },
  },
  {
    id: "duplicate-and-empty-headers",
    title: "Two columns called Revenue and one column without a header",
    build: plain([["Client", "Revenue", null, "Revenue", "Profit"], ["Alpha", 90, "x", 1, 40], ["Bravo", 70, "y", 2, 30],
      ["Charlie", 50, null, 3, 20], ["Delta", 10, "z", 4, 10]]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share", "no-pivot-layout"], clients: 4 },
  },
  {
    id: "trailing-blank-rows",
    title: "Formatted but empty rows below the data are not clients",
    build: plain([HEAD, ...DATA], { formats: { "A6:C60": "#,##0.00" } }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "stray-value-far-below",
    title: "A lone note 5,000 rows below the data",
    build: plain([HEAD, ...DATA], { blocks: [{ at: "A5000", rows: [["checked by Ann"]] }] }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "hidden-rows",
    title: "A hidden client row is rated and stays hidden",
    build: plain([HEAD, ...DATA], { hiddenRows: [3] }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "filtered-rows",
    title: "An AutoFilter hides two clients; all are rated",
    build: plain([HEAD, ...DATA], { autoFilter: "A1:C5", hiddenRows: [2, 4] }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "table-and-plain-range",
    // Adding table columns inserts cells on the table's rows, which would move the notes right: the
    // add-in refuses (naming the first such cell) rather than move a user's cells.
    title: "An Excel Table of clients and a plain notes range far right on the same sheet",
    build: {
      sheets: [{
        name: "Clients",
        tables: [{ name: "ClientTable", at: "A1", headers: HEAD, rows: DATA }],
        blocks: [{ at: "T1", rows: [["Note", "Owner"], ["call back", "Ann"], ["visit", "Bob"]] }],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "cell-in-the-way", messageIncludes: "T1" },
  },
  {
    id: "plain-range-in-the-way",
    title: "A user's range right beside the client table blocks the owned columns",
    build: {
      sheets: [{
        name: "Clients",
        tables: [{ name: "ClientTable", at: "A1", headers: HEAD, rows: DATA }],
        blocks: [{ at: "E1", rows: [["Note"], ["call back"]] }],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "cell-in-the-way", messageIncludes: "E1" },
  },
  {
    id: "two-tables",
    title: "Two tables on one sheet: the clients and a small targets table below",
    build: {
      sheets: [{
        name: "Clients",
        tables: [
          { name: "Targets", at: "A10", headers: ["Region", "Target"], rows: [["North", 100], ["South", 80]] },
          { name: "ClientTable", at: "A1", headers: HEAD, rows: DATA },
        ],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "two-tables-under-title",
    title: "Two tables under a title, the selection (A1) in neither: the clients table is the one rated",
    build: {
      sheets: [{
        name: "Clients",
        rows: [["Clients and targets 2026"]],
        tables: [
          { name: "ClientTable", at: "A3", headers: HEAD, rows: DATA },
          { name: "Targets", at: "A12", headers: ["Region", "Target"], rows: [["North", 100], ["South", 80]] },
        ],
      }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "table-with-totals",
    title: "A table with a totals row: the totals row is not a client",
    build: { sheets: [{ name: "Clients", tables: [{ name: "ClientTable", at: "B3", headers: HEAD, rows: DATA, totalsRow: true }] }] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "data-not-in-column-a",
    title: "Data starting at C4 with notes in column A",
    build: {
      sheets: [{ name: "Clients", at: "C4", rows: [HEAD, ...DATA], blocks: [{ at: "A1", rows: [["Notes"], ["keep me"]] }] }],
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "missing-column-some",
    title: "The profile names a Credit rating column that is not there",
    build: plain([HEAD, ...DATA]),
    profiles: [profile([higher("Revenue"), higher("Credit rating")], {}, "Profit")],
    expect: { kind: "rated", clients: 4, warnings: ["missing-column", "largest-client-share"] },
  },
  {
    id: "missing-column-all",
    title: "No column the profile names exists",
    build: plain([HEAD, ...DATA]),
    // Not "Turnover": that is a synonym of Revenue and rightly found.
    profiles: [profile([higher("Shoe size")])],
    expect: { kind: "error", code: "missing-columns", messageIncludes: "Shoe size" },
  },
  {
    id: "headers-no-rows",
    title: "A header row and no clients",
    build: plain([HEAD]),
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "no-rows" },
  },
  {
    id: "empty-sheet",
    title: "An empty sheet",
    build: { sheets: [{ name: "Clients" }] },
    expect: { kind: "error", code: "no-header-row", messageIncludes: "empty" },
  },
  {
    id: "no-header-row",
    title: "Only numbers, no row of column names",
    build: plain([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
    expect: { kind: "error", code: "no-header-row" },
  },
  {
    id: "headers-by-synonym",
    title: "Headers Sales and Gross margin where the profile says Revenue and Profit",
    build: plain([["Client", "Sales", "Gross margin"], ...DATA]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "headers-with-units",
    title: "Headers with units in brackets: Revenue (EUR), Profit (EUR)",
    build: plain([["Client", "Revenue (EUR)", "Profit (EUR)"], ...DATA]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "one-client",
    title: "A single client",
    build: plain([HEAD, ["Alpha", 90, 40]]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 1, grades: { Alpha: "A" } },
  },
  {
    id: "two-hundred-columns",
    title: "200 columns, the rated one far right",
    build: () => {
      const head = ["Client", ...Array.from({ length: 198 }, (_, i) => `Metric ${i + 1}`), "Revenue"];
      const row = (name: string, revenue: number) => [name, ...Array.from({ length: 198 }, (_, i) => i), revenue];
      return plain([head, row("Alpha", 90), row("Bravo", 70), row("Charlie", 50), row("Delta", 10)]);
    },
    profiles: [profile([higher("Revenue")])],
    expect: { kind: "rated", clients: 4, grades: GRADES },
  },
  {
    id: "protected-sheet",
    title: "The client sheet is protected",
    build: plain([HEAD, ...DATA], { protect: true }),
    profiles: [revenueProfile()],
    expect: { kind: "error", code: "sheet-protected", messageIncludes: "Clients" },
  },
  {
    id: "sheet-named-in-profile",
    title: "The profile names the client sheet; the first sheet is a cover page",
    build: {
      sheets: [{ name: "Cover", rows: [["Quarterly review"]] }, { name: "Client's list", rows: [HEAD, ...DATA] }],
    },
    profiles: [revenueProfile({ sheet: "Client's list" })],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES, sheetName: "Client's list" },
  },
  {
    id: "user-sheet-called-pareto",
    title: "The user already has a sheet called Pareto; it must survive",
    build: { sheets: [{ name: "Clients", rows: [HEAD, ...DATA] }, { name: "Pareto", rows: [["my own analysis"], [42]] }] },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "user-names-and-hidden-sheet",
    title: "User defined names over the data and a hidden helper sheet",
    build: {
      sheets: [{ name: "Clients", rows: [HEAD, ...DATA] }, { name: "Lists", rows: [["A"], ["B"]], hidden: true }],
      names: { Revenues: "Clients!$B$2:$B$5", Grades: "Lists!$A$1:$A$2" },
    },
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "user-formatting",
    title: "The user's conditional formats (one over the whole block A:Z), column widths, frozen header, hidden column",
    build: plain([["Client", "Region", "Revenue", "Profit"], ...DATA.map(([n, r, p]) => [n, "North", r, p])], {
      conditionalFormats: [{ range: "A2:Z50", above: 1000 }, { range: "C2:C5", above: 60 }],
      columnWidths: { A: 120, B: 30, C: 60, K: 200 },
      freezeRows: 1,
      hiddenColumns: ["B"],
    }),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "text-formatted-numbers",
    title: "Revenue column formatted as Text (@) holding digits",
    build: plain([HEAD, ...DATA.map(([n, r, p]) => [n, { v: String(r), fmt: "@" }, p])]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "blank-row-inside-data",
    title: "An empty row between clients: the clients below it are rated too, the empty row is no client",
    build: plain([HEAD, DATA[0], DATA[1], [], DATA[2], DATA[3]]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES },
  },
  {
    id: "headers-with-spaces-and-case",
    title: "Headers with stray spaces and capitals",
    build: plain([["  client ", " REVENUE", "Profit  "], ...DATA]),
    profiles: [revenueProfile()],
    expect: { kind: "rated", warnings: ["largest-client-share"], clients: 4, grades: GRADES, nameColumn: "  client " },
  },
];
