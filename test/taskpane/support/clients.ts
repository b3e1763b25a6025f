import type { CellValue, ClientTable, Profile } from "../../../src/core";

/** A small client list: names, two numeric criteria, profit for the 80/20 view, and grades from a former run. */
export const HEADERS = ["Client", "Revenue", "Employees", "Profit", "Segment", "Grade"];

export const ROWS: CellValue[][] = [
  ["Alpha", 90000, 40, 30000, "Corporate", "A"],
  ["Bravo", 70000, 400, 12000, "Corporate", "B"],
  ["Charlie", 50000, 5, 8000, "Retail", "B"],
  ["Delta", 30000, 250, 5000, "Retail", "C"],
  ["Echo", 10000, 1200, 3000, "Retail", "D"],
  ["Foxtrot", 85000, 10, 2500, "Corporate", "A"],
  ["Golf", 20000, 300, 1500, "Retail", "C"],
  ["Hotel", 60000, 2000, 1000, "Corporate", "B"],
];

export function clientTable(): ClientTable {
  return { headers: HEADERS.slice(0, 5), rows: ROWS.map((row) => row.slice(0, 5)) };
}

/** Last contact per client, spread over 2022-2023 like the sample workbook: long ago as of AS_OF (2026). */
export const LAST_CONTACT = ["2023-06-20", "2023-05-02", "2022-11-15", "2023-06-01", "2023-03-10", "2022-08-30", "2023-06-25", "2023-01-05"];

export const EXISTING_GRADES = ROWS.map((row) => String(row[5]));

/** Revenue counts 3, employees (ideal 50-500) 1; grades A-D at 75/50/25. */
export function sampleProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    name: "Wholesale",
    scale: { grades: ["A", "B", "C", "D"], mode: "thresholds", cutoffs: [75, 50, 25] },
    criteria: [
      { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100000 } },
      {
        id: "staff",
        column: "Employees",
        area: "client",
        weight: 1,
        rule: { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 5000 },
      },
    ],
    pareto: { value: "Profit", share: 0.8 },
    ...overrides,
  };
}
