// The equivalence on real data: the sample workbook (as the add-in reads its sheet) and the Superstore
// order lines made into clients by DuckDB itself, each rated by the core and by the compiled query.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDefaultProfile, parseProfile, type ClientTable, type Profile, type ProfileInput } from "../../src/core";
import { columnsOfSheet } from "../../src/cli/sqlCommand";
import { readClientSheet } from "../../src/excel";
import { createExcelHost, SimWorkbook } from "../../src/simulator";
import { stringLiteral } from "../../src/sql/dialect";
import { compareRatings } from "./compareRatings";
import { openDuckDb, type TypedColumn } from "./duckdbTable";

const REPO = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(REPO, "assets", "sample-clients.xlsx");
const SUPERSTORE = path.join(REPO, "test", "data", "superstore-orders.csv");

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());

function parsed(input: unknown): Profile {
  const result = parseProfile(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

/** The sheet's columns typed as the sql command types them: all-number columns as DOUBLE, the rest as text. */
function typedColumns(table: ClientTable): TypedColumn[] {
  return columnsOfSheet(table).map((column, c) => ({
    name: column.name,
    kind: column.kind === "number" ? "number" : "text",
    values: table.rows.map((row) => {
      const cell = row[c];
      if (cell === null || cell === undefined || cell === "") return null;
      return column.kind === "number" ? Number(cell) : String(cell);
    }),
  }));
}

describe("the sample workbook", () => {
  let table: ClientTable;
  let profile: Profile;
  beforeAll(async () => {
    const host = createExcelHost(await SimWorkbook.fromXlsx(fs.readFileSync(SAMPLE)));
    table = (await host.run((context) => readClientSheet(context))).table;
    profile = buildDefaultProfile(table);
  });

  it("holds hundreds of clients and rates them on every kind of rule", () => {
    expect(table.rows.length).toBe(804);
    expect(new Set(profile.criteria.map((c) => c.rule.type))).toEqual(new Set(["higher", "lower", "range", "categories", "recency"]));
  });

  it.each([
    ["the default profile", (p: Profile) => p],
    ["quantile grades with ties", (p: Profile) => ({ ...p, scale: { grades: ["5", "4", "3", "2", "1"], mode: "quantiles" as const, shares: [0.1, 0.2, 0.3, 0.2] } })],
    ["knock-outs and ignored missing values", (p: Profile) => ({ ...p, criteria: p.criteria.map((c, j) => ({ ...c, ...(j % 2 ? { missing: "ignore" as const } : { knockout: { below: 15 } }) })) })],
  ])("rates alike in the core and in DuckDB: %s", async (_, variant) => {
    const profileVariant = parsed(variant(profile));
    for (const language of ["en", "hu"] as const) {
      expect(await compareRatings(db.connection, typedColumns(table), profileVariant, "2023-01-15", language)).toBeNull();
    }
  });
});

describe("the Superstore order lines made into clients", () => {
  let columns: TypedColumn[];
  beforeAll(async () => {
    const rows = (
      await db.connection.runAndReadAll(
        `WITH lines AS (SELECT * FROM read_csv(${stringLiteral(SUPERSTORE, "duckdb")}, header = true, all_varchar = true))
         SELECT "Customer ID" AS id, min("Customer Name") AS name, mode("Segment") AS segment,
           sum(CAST("Sales" AS DOUBLE)) AS revenue, sum(CAST("Profit" AS DOUBLE)) AS profit,
           avg(CAST("Discount" AS DOUBLE)) AS discount, CAST(count(DISTINCT "Order ID") AS DOUBLE) AS orders,
           CAST(max(CAST(strptime("Order Date", '%d/%m/%y') AS DATE)) AS VARCHAR) AS last_order
         FROM lines GROUP BY 1 ORDER BY 1`,
      )
    ).getRowObjectsJS();
    const column = (name: string, kind: TypedColumn["kind"], key: string): TypedColumn => ({ name, kind, values: rows.map((row) => (row[key] as number | string | null) ?? null) });
    columns = [
      column("Customer ID", "text", "id"),
      column("Customer", "text", "name"),
      column("Segment", "text", "segment"),
      column("Revenue", "number", "revenue"),
      column("Profit", "number", "profit"),
      column("Average discount", "number", "discount"),
      column("Orders", "number", "orders"),
      column("Last order", "date", "last_order"),
    ];
  });

  const profile: ProfileInput = {
    version: 1,
    name: "Superstore",
    scale: { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.3] },
    criteria: [
      { id: "revenue", column: "Revenue", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 10000 } },
      { id: "segment", column: "Segment", area: "client", weight: 1, rule: { type: "categories", scores: { Corporate: 100, "Home Office": 70, Consumer: 40 } } },
      { id: "discount", column: "Average discount", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 0.4 }, knockout: { below: 10 } },
      { id: "orders", column: "Orders", area: "fit", weight: 1, rule: { type: "range", min: 1, idealLow: 6, idealHigh: 12, max: 30 } },
      { id: "recent", column: "Last order", area: "market", weight: 1, rule: { type: "recency", fullDays: 90, zeroDays: 720 } },
    ],
    pareto: { value: "Profit", effort: "Orders", share: 0.8 },
    flags: { discount: { column: "Average discount", above: 0.25 } },
  };

  it("are the 804 customers of the data set", () => {
    expect(columns[0].values).toHaveLength(804);
  });

  it.each(["en", "nl", "de"] as const)("rate alike in the core and in DuckDB (%s)", async (language) => {
    expect(await compareRatings(db.connection, columns, parsed(profile), "2023-01-15", language)).toBeNull();
  });

  it("rate alike with threshold grades and a rating date before most orders", async () => {
    const thresholds = { ...profile, scale: { grades: ["A", "B", "C", "D"], mode: "thresholds" as const, cutoffs: [70, 50, 30] } };
    expect(await compareRatings(db.connection, columns, parsed(thresholds), "2020-06-30", "en")).toBeNull();
  });
});
