// One profile compiled to one SQL query that reads the client table and returns, per client, what the
// add-in writes beside a client sheet: each criterion's score, the area scores, Score, Grade, Flags,
// Next step and the Pareto columns. The stages mirror src/core/rateProfile.ts step by step.
import { decisionWords, findColumn, flagWords, goodFitGrades, nextStepNames, paretoClassWords, type Language, type Profile } from "../core";
import { normalizeValue } from "../core/values";
import { daysRead, finite, numberRead, presentKey, textKeyRead, type ColumnKind } from "./columnReads";
import { criterionScoreSql, readKindOf, type ReadKind } from "./criterionScore";
import { doubleLiteral as lit, quoteIdentifier, quoteTableName, scanOrder, stringLiteral, type Dialect } from "./dialect";
import { gradeSql, inQuantilePool } from "./gradeSql";
import { outputNames, type OutputNames } from "./outputNames";
import { paretoOrderSql, reachSql, summable } from "./paretoSql";

export interface SqlColumn {
  name: string;
  kind: ColumnKind;
}

export interface CompileOptions {
  dialect: Dialect;
  /** The table (or view) holding one row a client; "schema.table" names a table in a schema. */
  table: string;
  /** The table's columns, when known: profile columns are found among them as the add-in finds headers. */
  columns?: SqlColumn[];
  /** A column giving the clients' order (the sheet's row order), for ties in the Pareto order. */
  rowOrder?: string;
  /** Whole days since 1970-01-01 of the rating date (recency rules count to it). */
  asOfDay: number;
  /** Language of the column names and Pareto classes; flags and next steps follow the profile's, as in the sheet. */
  language?: Language;
}

export interface CompiledQuery {
  sql: string;
  names: OutputNames;
  /** Profile columns the table lacks (known columns only): they count as missing for every client. */
  missingColumns: string[];
  /** Whether the Pareto columns are filled (a Pareto value column is set and present). */
  hasPareto: boolean;
}

const INTERNAL = "__cr_";

export class SqlCompileError extends Error {}

export function compileProfileSql(profile: Profile, options: CompileOptions): CompiledQuery {
  const { dialect } = options;
  const q = (name: string) => quoteIdentifier(name, dialect);
  const names = outputNames(options.language);
  const known = options.columns;
  if (known?.some((c) => c.name.startsWith(INTERNAL))) {
    throw new SqlCompileError(`Column names starting with "${INTERNAL}" are kept for the rating's own work; rename that column first.`);
  }
  const missingColumns: string[] = [];

  /** A profile column's name and kind in the table, or null when the table lacks it. */
  const resolve = (name: string): SqlColumn | null => {
    if (!known) return { name, kind: "unknown" };
    const index = findColumn(known.map((c) => c.name), name);
    if (index >= 0) return known[index];
    if (!missingColumns.includes(name)) missingColumns.push(name);
    return null;
  };

  // Stage 1 reads each column once per kind (number, day count, category key); stage 2 turns what the core
  // finds unreadable into NULL, so every later use refers to one column instead of repeating the reading.
  const reads = new Map<string, { alias: string; raw: string; clean: string }>();
  const readOf = (column: SqlColumn | null, kind: ReadKind): string | null => {
    if (!column) return null;
    const key = `${kind}:${column.name}`;
    let read = reads.get(key);
    if (!read) {
      const ref = `${INTERNAL}t.${q(column.name)}`;
      const rawAlias = `${INTERNAL}r${reads.size}`;
      const raw = kind === "number" ? numberRead(ref, column.kind, dialect) : kind === "days" ? daysRead(ref, column.kind, dialect) : textKeyRead(ref, column.kind, dialect);
      const clean = kind === "number" ? finite(rawAlias) : kind === "days" ? rawAlias : presentKey(rawAlias, dialect);
      read = { alias: `${INTERNAL}v${reads.size}`, raw: `${raw} AS ${rawAlias}`, clean };
      reads.set(key, read);
    }
    return read.alias;
  };

  const criteria = profile.criteria.map((criterion, j) => {
    const column = resolve(criterion.column);
    const kind = readKindOf(criterion.rule, column?.kind === "number");
    const read = readOf(column, kind);
    return { criterion, score: `${INTERNAL}s${j}`, sql: read ? criterionScoreSql(criterion.rule, read, kind, options.asOfDay, dialect) : "CAST(NULL AS DOUBLE)" };
  });

  let member = "TRUE";
  if (profile.appliesTo) {
    const key = readOf(resolve(profile.appliesTo.column), "key");
    const wanted = [...new Set(profile.appliesTo.values.map(normalizeValue))].map((v) => stringLiteral(v, dialect));
    member = key ? `COALESCE(${key} IN (${wanted.join(", ")}), FALSE)` : "FALSE";
  }

  const paretoValue = profile.pareto ? readOf(resolve(profile.pareto.value), "number") : null;
  const paretoEffort = profile.pareto?.effort && paretoValue ? readOf(resolve(profile.pareto.effort), "number") : null;
  const discount = profile.flags?.discount ? { read: readOf(resolve(profile.flags.discount.column), "number"), above: profile.flags.discount.above } : null;
  const late = profile.flags?.latePayment ? { read: readOf(resolve(profile.flags.latePayment.column), "number"), above: profile.flags.latePayment.above } : null;

  // Stage 2: sums in criterion order, as rateProfile adds them (a missing value is 0, or left out with "ignore").
  const sumOf = (pick: (c: (typeof criteria)[number]) => boolean, weighted: boolean): string | null => {
    const terms = criteria.filter(pick).map(({ criterion, score }) => {
      const w = lit(criterion.weight);
      if (criterion.missing === "ignore") return weighted ? `CASE WHEN ${score} IS NULL THEN ${lit(0)} ELSE ${w} * ${score} END` : `CASE WHEN ${score} IS NULL THEN ${lit(0)} ELSE ${w} END`;
      return weighted ? `${w} * COALESCE(${score}, ${lit(0)})` : w;
    });
    return terms.length ? terms.join(" + ") : null;
  };
  const rounded = (sum: string | null, weight: string | null) =>
    sum && weight ? `CASE WHEN ${INTERNAL}member AND (${weight}) > 0 THEN floor((${sum}) / (${weight}) * 10 + ${lit(1e-9)} + ${lit(0.5)}) / 10 END` : "CAST(NULL AS DOUBLE)";
  const knockouts = criteria
    .filter(({ criterion }) => criterion.knockout)
    .map(({ criterion, score }) => (criterion.missing === "ignore" ? `COALESCE(${score} < ${lit(criterion.knockout!.below)}, FALSE)` : `COALESCE(${score}, ${lit(0)}) < ${lit(criterion.knockout!.below)}`));
  const areas = (["client", "fit", "market"] as const).map((area) => ({
    area,
    sql: rounded(sumOf((c) => c.criterion.area === area, true), sumOf((c) => c.criterion.area === area, false)),
  }));
  const hasMarket = profile.criteria.some((c) => c.area === "market");

  const row = `${INTERNAL}row`;
  const included = `${INTERNAL}included`;
  const quantiles = profile.scale.mode === "quantiles";
  const pool = inQuantilePool({ score: `${INTERNAL}score`, knocked: `${INTERNAL}knocked`, member: `${INTERNAL}member` });
  const effortValue = paretoEffort ? summable(paretoEffort) : null;

  const source = known
    ? `${INTERNAL}t.*`
    : dialect === "spark"
      ? `struct(${INTERNAL}t.*) AS ${INTERNAL}input`
      : `${INTERNAL}t AS ${INTERNAL}input`;
  const orderSql = options.rowOrder ? `${INTERNAL}t.${q(options.rowOrder)}` : scanOrder(dialect);
  const I = (name: string) => `${INTERNAL}${name}`;
  const cte = (name: string, columns: string[], from: string) => `${I(name)} AS (\n  SELECT *${columns.map((c) => `,\n    ${c}`).join("")}\n  FROM ${from}\n)`;
  const narrow = (name: string, sql: string) => `${I(name)} AS (\n  ${sql}\n)`;

  const stages = [
    `${I("read")} AS (\n  SELECT ${source},\n    ${orderSql} AS ${row}${[...reads.values()].map((r) => `,\n    ${r.raw}`).join("")}\n  FROM ${quoteTableName(options.table, dialect)} AS ${INTERNAL}t\n)`,
    cte("clean", [...reads.values()].map((r) => `${r.clean} AS ${r.alias}`), I("read")),
    cte("scored", [`${member} AS ${I("member")}`, ...criteria.map((c) => `${c.sql} AS ${c.score}`)], I("clean")),
    cte(
      "rated",
      [
        `${rounded(sumOf(() => true, true), sumOf(() => true, false))} AS ${I("score")}`,
        ...areas.map((a) => `${a.sql} AS ${I(`area_${a.area}`)}`),
        `${I("member")} AND (${knockouts.length ? knockouts.join(" OR ") : "FALSE"}) AS ${I("knocked")}`,
        `${I("member")} AND (${criteria.map((c) => `${c.score} IS NULL`).join(" OR ")}) AS ${I("missing")}`,
        `${paretoValue ? summable(paretoValue) : "CAST(NULL AS DOUBLE)"} AS ${included}`,
      ],
      I("scored"),
    ),
    narrow(
      "totals",
      `SELECT SUM(${included}) AS ${I("total")}` +
        (effortValue ? `, SUM(${effortValue}) AS ${I("effort_total")}, COUNT(${effortValue}) AS ${I("effort_count")}` : "") +
        (quantiles ? `, SUM(CASE WHEN ${pool} THEN 1 ELSE 0 END) AS ${I("pool")}` : "") +
        ` FROM ${I("rated")}`,
    ),
    narrow("pareto_order", paretoOrderSql(I("rated"), row, included, I("place"), I("running"), I("order_row"))),
    narrow("reach", reachSql(I("pareto_order"), I("totals"), I("place"), I("running"), I("total"), profile.pareto?.share ?? 0.8, I("reach"))),
    ...(quantiles ? [narrow("ranks", `SELECT ${row} AS ${I("rank_row")}, RANK() OVER (ORDER BY ${I("score")} DESC) - 1 AS ${I("rank")} FROM ${I("rated")} WHERE ${pool}`)] : []),
    cte(
      "shared",
      [
        `CASE WHEN ${I("total")} > 0 AND ${included} IS NOT NULL THEN ${included} / ${I("total")} END AS ${I("share")}`,
        `CASE WHEN ${I("total")} > 0 AND ${I("place")} IS NOT NULL THEN ${I("running")} / ${I("total")} END AS ${I("cumulative")}`,
        `COALESCE(${I("total")} > 0 AND ${I("place")} <= ${I("reach")}, FALSE) AS ${I("vital")}`,
      ],
      `${I("rated")} CROSS JOIN ${I("totals")} CROSS JOIN ${I("reach")} LEFT JOIN ${I("pareto_order")} ON ${row} = ${I("order_row")}` +
        (quantiles ? ` LEFT JOIN ${I("ranks")} ON ${row} = ${I("rank_row")}` : ""),
    ),
    cte(
      "graded",
      [`${gradeSql(profile.scale, { score: I("score"), knocked: I("knocked"), member: I("member"), rank: I("rank"), poolSize: I("pool") }, dialect)} AS ${I("grade")}`],
      I("shared"),
    ),
  ];

  const paretoOk = paretoValue ? `(${INTERNAL}member AND ${INTERNAL}total > 0)` : "FALSE";
  const flags = flagWords(profile.language);
  const moreFlags = decisionWords(profile.language).flags;
  const flagParts = [
    [`${INTERNAL}knocked`, flags.knockedOut],
    [effortValue ? effortFlag(paretoOk, effortValue, profile.flags?.effortRatio ?? 2) : "FALSE", flags.costlyToServe],
    [discount?.read ? `${INTERNAL}member AND ${discount.read} > ${lit(discount.above)}` : "FALSE", moreFlags.discount],
    [late?.read ? `${INTERNAL}member AND ${late.read} > ${lit(late.above)}` : "FALSE", moreFlags.late],
    [`${paretoOk} AND ${included} < 0`, moreFlags.loss],
    [`${INTERNAL}missing`, flags.missingData],
  ]
    .filter(([condition]) => condition !== "FALSE")
    .map(([condition, word]) => `CASE WHEN ${condition} THEN ${stringLiteral(word, dialect)} END`);

  const steps = nextStepNames(profile);
  const good = goodFitGrades(profile).map((g) => stringLiteral(g, dialect));
  const goodFit = good.length ? `(NOT ${INTERNAL}knocked AND ${INTERNAL}grade IN (${good.join(", ")}))` : "FALSE";
  const s = (text: string) => stringLiteral(text, dialect);
  const vital = paretoValue ? `${INTERNAL}vital` : "FALSE";
  const nextStep = `CASE WHEN NOT ${INTERNAL}member OR ${INTERNAL}grade IS NULL THEN NULL WHEN ${vital} THEN CASE WHEN ${goodFit} THEN ${s(steps.keep)} ELSE ${s(steps.fix)} END WHEN ${goodFit} THEN ${s(steps.develop)} ELSE ${s(steps.reconsider)} END`;
  const classes = paretoClassWords(options.language);
  const paretoClass = paretoValue
    ? `CASE WHEN ${INTERNAL}vital THEN ${s(classes.vitalFew)} WHEN ${INTERNAL}share IS NOT NULL THEN ${s(classes.rest)} ELSE ${s(classes.noValue)} END`
    : "CAST(NULL AS STRING_TYPE)";

  const outputs: [string, string][] = [
    ...criteria.map((c): [string, string] => [`CASE WHEN ${INTERNAL}member THEN ${c.score} END`, names.criterion(c.criterion)]),
    [`${INTERNAL}area_client`, names.client],
    [`${INTERNAL}area_fit`, names.fit],
    ...(hasMarket ? [[`${INTERNAL}area_market`, names.market] as [string, string]] : []),
    [`${INTERNAL}score`, names.score],
    [`${INTERNAL}grade`, names.grade],
    [flagParts.length ? `concat_ws(', ', ${flagParts.join(", ")})` : "''", names.flags],
    [nextStep, names.nextStep],
    [`${INTERNAL}share`, names.valueShare],
    [`${INTERNAL}cumulative`, names.cumulativeShare],
    [paretoClass, names.paretoClass],
  ];
  const outputKeys = new Set(outputs.map(([, name]) => name.toLowerCase()));
  // A column of an earlier rating is replaced, not repeated: rating the output again gives the same table.
  const inputColumns = known
    ? known.filter((c) => !outputKeys.has(c.name.toLowerCase())).map((c) => q(c.name))
    : [`${INTERNAL}input.*`];
  const select = [...inputColumns, ...outputs.map(([sql, name]) => `${sql} AS ${q(name)}`)];
  const sql =
    `WITH ${stages.join(",\n")}\nSELECT ${select.join(",\n  ")}\nFROM ${INTERNAL}graded\nORDER BY ${row}`.replace(/STRING_TYPE/g, dialect === "spark" ? "STRING" : "VARCHAR");
  return { sql, names, missingColumns, hasPareto: paretoValue !== null };
}

/** "Much effort for little value" (troublesome.ts): effort share above the average client's and at least `ratio` times the value share. */
function effortFlag(paretoOk: string, effort: string, ratio: number): string {
  const share = `${effort} / ${INTERNAL}effort_total`;
  const valueShare = `${INTERNAL}share`;
  return (
    `${paretoOk} AND ${INTERNAL}effort_total > 0 AND ${valueShare} IS NOT NULL AND ${share} > ${lit(1)} / ${INTERNAL}effort_count ` +
    `AND ${share} >= ${lit(ratio)} * CASE WHEN ${valueShare} > 0 THEN ${valueShare} ELSE ${lit(0)} END`
  );
}
