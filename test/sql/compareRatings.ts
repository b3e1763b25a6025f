// Rates one typed table with the core and with the compiled query in DuckDB and names the first client
// on which they disagree: criterion, area and client scores exactly, grade, flags, next step, Pareto
// class, and value shares to the last bits (DuckDB may add a sum in another order than the core).
import type { DuckDBConnection } from "@duckdb/node-api";
import { nextStepNames, NEXT_STEPS, paretoClassWords, rateClients, ratingDateOf, type Language, type Profile } from "../../src/core";
import { compileProfileSql } from "../../src/sql/compileProfile";
import { coreTable, loadTable, sqlColumns, type TypedColumn } from "./duckdbTable";

const ORDER = "Sheet row";

const blankIfNaN = (x: number) => (Number.isNaN(x) ? null : x);

/** Rates with the core and with DuckDB; returns the first disagreement, or null. */
export async function compareRatings(connection: DuckDBConnection, columns: TypedColumn[], profile: Profile, asOfIso: string, language: Language): Promise<string | null> {
  await loadTable(connection, "clients", columns, ORDER);
  const asOf = ratingDateOf(asOfIso);
  const table = coreTable(columns);
  const core = rateClients(table, [profile], { asOf, locale: "en" });
  const compiled = compileProfileSql(profile, {
    dialect: "duckdb",
    table: "clients",
    columns: [{ name: ORDER, kind: "number" }, ...sqlColumns(columns)],
    rowOrder: ORDER,
    asOfDay: Math.floor(asOf.getTime() / 86_400_000),
    language,
  });
  const rows = (await connection.runAndReadAll(compiled.sql)).getRowObjectsJS();
  if (rows.length !== core.count) return `row count ${rows.length} vs core ${core.count}`;
  const names = compiled.names;
  const steps = nextStepNames(profile);
  const classes = paretoClassWords(language);
  for (let r = 0; r < core.count; r++) {
    const row = rows[r];
    const at = `client ${r + 1}`;
    const same = (what: string, sql: unknown, expected: unknown) => (Object.is(sql ?? null, expected) ? null : `${at}: ${what} is ${String(sql)} in SQL, ${String(expected)} in the core`);
    const position = core.memberPosition[r];
    const failures = [
      ...profile.criteria.map((criterion, j) =>
        same(`criterion ${criterion.id}`, row[names.criterion(criterion)], position >= 0 ? blankIfNaN(core.criterionScores[0][j][position]) : null),
      ),
      same("Score", row[names.score], blankIfNaN(core.scores[r])),
      same("client area", row[names.client], blankIfNaN(core.areaScores.client[r])),
      same("fit area", row[names.fit], blankIfNaN(core.areaScores.fit[r])),
      ...(profile.criteria.some((c) => c.area === "market") ? [same("market area", row[names.market], blankIfNaN(core.areaScores.market[r]))] : []),
      same("Grade", row[names.grade], core.grades[r] === "" ? null : core.grades[r]),
      same("Flags", row[names.flags], core.flags[r]),
      same("Next step", row[names.nextStep], core.nextSteps[r] >= 0 ? steps[NEXT_STEPS[core.nextSteps[r]]] : null),
      same(
        "Pareto class",
        row[names.paretoClass],
        core.pareto ? (core.pareto.vitalFewByClient[r] ? classes.vitalFew : Number.isFinite(core.pareto.valueShareByClient[r]) ? classes.rest : classes.noValue) : null,
      ),
    ];
    const share = core.pareto ? blankIfNaN(core.pareto.valueShareByClient[r]) : null;
    const sqlShare = (row[names.valueShare] ?? null) as number | null;
    if ((share === null) !== (sqlShare === null) || (share !== null && Math.abs(share - sqlShare!) > 1e-12 * Math.max(1, Math.abs(share)))) {
      failures.push(`${at}: value share ${sqlShare} in SQL, ${share} in the core`);
    }
    const failure = failures.find((f) => f !== null);
    if (failure) return failure;
  }
  return null;
}

