// Names and values reach SQL only through src/sql/dialect.ts: DuckDB reads back exactly what was meant,
// whatever the name or text holds, and Spark's text follows Spark's lexical rules.
import { doubleLiteral, integerLiteral, quoteIdentifier, quoteTableName, stringLiteral } from "../../src/sql/dialect";
import { seededRandom } from "../../src/core/seededRandom";
import { openDuckDb } from "./duckdbTable";

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());

const AWKWARD = ["Revenue", 'say "hi"', "it's", "back\\slash", "a`b", "Umsatz (€)", "Årsomsætning", "line\nbreak", "tab\there", "'); DROP TABLE clients; --", "  spaced  ", "Ügyfél neve"];

describe("DuckDB", () => {
  it("reads every text literal back as the text", async () => {
    const select = AWKWARD.map((text, i) => `${stringLiteral(text, "duckdb")} AS c${i}`).join(", ");
    const [row] = (await db.connection.runAndReadAll(`SELECT ${select}`)).getRowsJS();
    expect(row).toEqual(AWKWARD);
  });

  it("names columns and tables with any characters", async () => {
    const q = (name: string) => quoteIdentifier(name, "duckdb");
    await db.connection.run(`CREATE SCHEMA IF NOT EXISTS ${q("crm 'eu'")}`);
    await db.connection.run(`CREATE OR REPLACE TABLE ${quoteTableName("crm 'eu'.client\"s", "duckdb")} (${AWKWARD.map((n) => `${q(n)} INTEGER`).join(", ")})`);
    const described = (await db.connection.runAndReadAll(`DESCRIBE ${quoteTableName("crm 'eu'.client\"s", "duckdb")}`)).getRowObjectsJS();
    expect(described.map((row) => row.column_name)).toEqual(AWKWARD);
  });

  it("reads every double literal back as exactly the same number", async () => {
    const random = seededRandom(7);
    const numbers = [0, -0, 1, -1, 0.1, 1 / 3, 72.25, 1e-9, 1e15, -1e15, 5e-324, Number.MAX_VALUE, 123456.789, ...Array.from({ length: 200 }, () => (random() - 0.5) * 10 ** Math.floor(random() * 30 - 15))];
    const select = numbers.map((x, i) => `${doubleLiteral(x)} AS c${i}`).join(", ");
    const [row] = (await db.connection.runAndReadAll(`SELECT ${select}`)).getRowsJS();
    expect(row.map((x) => (x === 0 ? 0 : x))).toEqual(numbers.map((x) => (x === 0 ? 0 : x)));
    const [types] = (await db.connection.runAndReadAll(`SELECT typeof(${doubleLiteral(0.1)}), typeof(${doubleLiteral(3)})`)).getRowsJS();
    expect(types).toEqual(["DOUBLE", "DOUBLE"]);
  });

  it("refuses what SQL cannot hold, with a reason", () => {
    expect(() => doubleLiteral(NaN)).toThrow(/not a finite number/);
    expect(() => doubleLiteral(Infinity)).toThrow(/not a finite number/);
    expect(() => integerLiteral(1.5)).toThrow(/whole number/);
    expect(() => stringLiteral("a\u0000b", "duckdb")).toThrow(/NUL/);
    expect(() => quoteIdentifier("a\u0000b", "spark")).toThrow(/NUL/);
    expect(() => quoteTableName("crm..clients", "duckdb")).toThrow(/empty/);
  });
});

/** Spark SQL's reading of a single-quoted literal (escapedStringLiterals off, the default): backslash escapes. */
function sparkUnescape(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "'") throw new Error(`an unescaped quote ends the literal early in ${literal}`);
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next === "u") {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else out += next === "n" ? "\n" : next === "t" ? "\t" : next === "r" ? "\r" : next;
  }
  return out;
}

describe("Spark SQL", () => {
  it("escapes quotes, backslashes and control characters as Spark reads them", () => {
    for (const text of AWKWARD) expect(sparkUnescape(stringLiteral(text, "spark"))).toBe(text);
    expect(stringLiteral("it's", "spark")).toBe("'it\\'s'");
    expect(stringLiteral("a\\b", "spark")).toBe("'a\\\\b'");
    expect(stringLiteral("line\nbreak", "spark")).toBe("'line\\u000abreak'");
  });

  it("quotes names with backticks, doubling a backtick inside", () => {
    expect(quoteIdentifier("a`b", "spark")).toBe("`a``b`");
    expect(quoteIdentifier('say "hi"', "spark")).toBe('`say "hi"`');
    expect(quoteTableName("crm.clients", "spark")).toBe("`crm`.`clients`");
  });

  it("writes numbers as DOUBLE literals in exponent form (a plain 0.1 is a DECIMAL in Spark)", () => {
    expect(doubleLiteral(0.1)).toBe("1e-1");
    expect(doubleLiteral(-2.5)).toBe("(-2.5e+0)");
    expect(doubleLiteral(80)).toBe("8e+1");
  });
});
