// The Spark dialect cannot be run here (no Spark, no pyspark on the reachable registries), so its text is
// checked against Spark SQL's lexical rules and built-in functions: every literal lexes as Spark reads
// it, names are in backticks, and every function called is one Spark SQL 3.2+ has.
import { parseProfile, type Profile, type ProfileInput } from "../../src/core";
import { compileProfileSql } from "../../src/sql/compileProfile";

/** Spark SQL built-ins the query may call, and the keywords followed by "(" in it. */
const SPARK_FUNCTIONS = new Set(["cast", "try_cast", "floor", "abs", "lower", "upper", "regexp_replace", "concat_ws", "coalesce", "sum", "count", "max", "min", "rank", "row_number", "datediff", "monotonically_increasing_id", "struct"]);
const KEYWORDS = new Set(["as", "in", "and", "or", "not", "over", "by", "then", "else", "when", "select", "where", "on"]);

interface Token {
  kind: "string" | "identifier" | "other";
  text: string;
  value?: string;
}

/** Splits Spark SQL into single-quoted literals (backslash escapes), backtick names and the rest. */
function lex(sql: string): Token[] {
  const tokens: Token[] = [];
  let other = "";
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'") {
      let value = "";
      let j = i + 1;
      for (; j < sql.length && sql[j] !== "'"; j++) {
        if (sql[j] !== "\\") value += sql[j];
        else if (sql[j + 1] === "u") {
          value += String.fromCharCode(parseInt(sql.slice(j + 2, j + 6), 16));
          j += 5;
        } else value += sql[++j];
      }
      if (j >= sql.length) throw new Error(`unterminated literal from ${sql.slice(i, i + 40)}`);
      tokens.push({ kind: "other", text: other }, { kind: "string", text: sql.slice(i, j + 1), value });
      other = "";
      i = j;
    } else if (ch === "`") {
      let value = "";
      let j = i + 1;
      for (; j < sql.length; j++) {
        if (sql[j] === "`" && sql[j + 1] === "`") {
          value += "`";
          j++;
        } else if (sql[j] === "`") break;
        else value += sql[j];
      }
      tokens.push({ kind: "other", text: other }, { kind: "identifier", text: sql.slice(i, j + 1), value });
      other = "";
      i = j;
    } else other += ch;
  }
  tokens.push({ kind: "other", text: other });
  return tokens;
}

function profile(input: ProfileInput): Profile {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

const FULL: ProfileInput = {
  version: 1,
  name: "Every feature",
  language: "de",
  scale: { grades: ["A", "B", "C", "D"], mode: "quantiles", shares: [0.2, 0.3, 0.3] },
  criteria: [
    { id: "revenue", column: "Revenue (€)", area: "client", weight: 3, rule: { type: "higher", min: 0, max: 100000 } },
    { id: "staff", column: "Employees", area: "client", weight: 1.5, rule: { type: "range", min: 5, idealLow: 50, idealHigh: 500, max: 5000 }, missing: "ignore" },
    { id: "credit", column: "Credit rating", area: "client", weight: 2, rule: { type: "categories", scores: { AAA: 100, "O'Brien\\s": 85 }, otherwise: 5 }, knockout: { below: 50 } },
    { id: "late", column: "Days `late`", area: "fit", weight: 2, rule: { type: "lower", min: 0, max: 60 } },
    { id: "contact", column: "Last contact", area: "market", weight: 1, rule: { type: "recency", fullDays: 30, zeroDays: 365 } },
  ],
  appliesTo: { column: "Segment", values: ["Retail"] },
  pareto: { value: "Profit", effort: "Service hours", share: 0.8 },
  flags: { discount: { column: "Discount", above: 0.15 }, latePayment: { column: "Days `late`", above: 30 } },
  nextStep: { names: { keep: "Halten'); DROP" } },
};

describe.each([
  ["columns unknown (a .json profile)", undefined],
  ["columns known (a workbook's sheet)", [
    { name: "Revenue (€)", kind: "number" as const },
    { name: "Employees", kind: "number" as const },
    { name: "Credit rating", kind: "text" as const },
    { name: "Days `late`", kind: "number" as const },
    { name: "Last contact", kind: "date" as const },
    { name: "Segment", kind: "text" as const },
    { name: "Profit", kind: "number" as const },
    { name: "Service hours", kind: "number" as const },
    { name: "Discount", kind: "number" as const },
  ]],
])("the Spark query, %s", (_, columns) => {
  const compiled = compileProfileSql(profile(FULL), { dialect: "spark", table: "crm.clients", columns, asOfDay: 19_723, language: "de" });
  const tokens = lex(compiled.sql);
  const code = tokens.filter((t) => t.kind === "other").map((t) => t.text).join(" ");

  it("names every column in backticks and has no double-quoted text (a string in Spark)", () => {
    expect(code).not.toContain('"');
    const names = tokens.filter((t) => t.kind === "identifier").map((t) => t.value);
    expect(names).toEqual(expect.arrayContaining(["crm", "clients", "Revenue (€)", "Days `late`", "Punktzahl", "Klasse", "Nächster Schritt", "Pareto-Gruppe"]));
  });

  it("reads every value of the profile back from its literal", () => {
    const values = tokens.filter((t) => t.kind === "string").map((t) => t.value);
    expect(values).toEqual(expect.arrayContaining(["aaa", "o'brien\\s", "retail", "A", "D", "Halten'); DROP", "Top-Kunden", "ausgeschlossen"]));
  });

  it("calls only functions Spark SQL has, with Spark's arguments", () => {
    const called = [...code.matchAll(/([A-Za-z_]+)\s*\(/g)].map((m) => m[1].toLowerCase()).filter((name) => !KEYWORDS.has(name) && !name.startsWith("__cr_"));
    expect(called.filter((name) => !SPARK_FUNCTIONS.has(name))).toEqual([]);
    expect(code).not.toMatch(/EXCLUDE|nfc_normalize|date_diff|row_number\(\) OVER \(\)/);
    // Spark's regexp_replace replaces every match and takes no flags argument.
    expect(compiled.sql).not.toMatch(/, 'g'\)/);
    expect(code).toContain("datediff(");
    if (!columns) expect(code).toContain("struct(__cr_t.*)");
  });

  it("balances its parentheses", () => {
    let depth = 0;
    let lowest = 0;
    for (const ch of code) {
      depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
      lowest = Math.min(lowest, depth);
    }
    expect({ depth, lowest }).toEqual({ depth: 0, lowest: 0 });
  });

  it("writes rule numbers as DOUBLE literals, never as DECIMAL text", () => {
    expect(code).toMatch(/1e\+5/);
    expect(code).not.toMatch(/[^\w.]0\.\d/);
  });
});
