// Real workbooks saved by Microsoft Excel, and the one case at Excel's full row count.
import type { CorpusCase } from "./spec";
import { higher, profile, revenueProfile } from "./profiles";

export const MILLION_CLIENTS = 1_048_575; // + the header row = 1,048,576 rows, the whole grid

export const realCases: CorpusCase[] = [
  {
    id: "real-customer-billing",
    title: "Microsoft Excel customer billing list (A1:X474)",
    fixture: "excel-customer-billing.xlsx",
    build: { sheets: [] },
    profiles: [profile([higher("Net_Billed_USD", 0, 10000), { ...higher("Risk_USD", 0, 5000), rule: { type: "lower", min: 0, max: 5000 } }],
      {}, "Net_Billed_USD")],
    // Its customer names repeat (one customer, several billing lines): the rating history cannot follow those.
    expect: { kind: "rated", clients: 473, warnings: ["history-repeated-keys"] },
  },
  {
    id: "real-kpi-dashboard",
    title: "Microsoft Excel KPI dashboard: title rows, merges, formulas, a picture, an external link",
    fixture: "excel-kpi-dashboard.xlsx",
    build: { sheets: [] },
    expect: { kind: "any" },
  },
  {
    id: "real-kpi-dashboard-profile",
    title: "The KPI dashboard rated on its 'Month to date' column",
    fixture: "excel-kpi-dashboard.xlsx",
    build: { sheets: [] },
    profiles: [profile([higher("Month to date", 0, 1000)])],
    expect: { kind: "any" },
  },
  {
    id: "thirty-thousand-rows",
    title: "30,000 clients: reads and writes in several chunks, so a failure can fall between write batches",
    build: { sheets: [], custom: "thirty-thousand-rows" },
    profiles: [revenueProfile()],
    expect: { kind: "rated", clients: 30_000 },
    sampleFailures: true,
  },
  {
    id: "million-rows",
    title: "1,048,576 rows: a header and a client on every row of the grid",
    build: { sheets: [], custom: "million-rows" },
    profiles: [revenueProfile()],
    // The rating history's sheet keeps notes above its header, so a few clients of a full grid cannot have a row there.
    expect: { kind: "rated", clients: MILLION_CLIENTS, warnings: ["history-full"] },
    slow: true,
  },
];
