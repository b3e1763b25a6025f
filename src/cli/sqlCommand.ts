// `client-rater sql <profile.json | in.xlsx>`: prints the one SQL query that rates a client table with
// the profile. From a workbook, the stored profile (or --profile) and the client sheet's columns: their
// names and whether they hold numbers; from a .json profile, the profile's column names as they are.
import * as path from "node:path";
import { buildDefaultProfile, type CellValue, type ClientTable, type Profile } from "../core";
import { loadRatedSheetName, loadStoredProfiles, readClientSheet } from "../excel";
import { compileProfileSql, SqlCompileError, type SqlColumn } from "../sql/compileProfile";
import type { Command } from "./args";
import { CliError } from "./errors";
import { readXlsxFile } from "./inputFile";
import { readProfileFile } from "./profileFile";
import { outputLanguage, ratingDay, singleProfile } from "./sqlProfile";
import { assertSheetExists, openWorkbook } from "./workbookSession";

type SqlCommand = Extract<Command, { kind: "sql" }>;

export async function sqlCommand(command: SqlCommand, print: (text: string) => void, warn: (text: string) => void): Promise<void> {
  const { profiles, columns, source } = await profileAndColumns(command);
  const profile = singleProfile(profiles, source);
  let compiled;
  try {
    compiled = compileProfileSql(profile, {
      dialect: command.dialect,
      table: command.table,
      columns,
      asOfDay: ratingDay(profile, command.asOf),
      language: outputLanguage(profile, command.locale),
    });
  } catch (error) {
    if (error instanceof SqlCompileError || error instanceof RangeError) throw new CliError(`cannot write the query: ${error.message}`);
    throw error;
  }
  for (const column of compiled.missingColumns) {
    warn(`client-rater: warning: column "${column}" is not in ${source}; it counts as missing for every client.`);
  }
  print(`${compiled.sql};`);
}

async function profileAndColumns(command: SqlCommand): Promise<{ profiles: Profile[]; columns?: SqlColumn[]; source: string }> {
  const ext = path.extname(command.input).toLowerCase();
  if (ext === ".json") {
    if (command.profile) throw new CliError("--profile is for a workbook input; the .json input is the profile already");
    if (command.sheet) throw new CliError("--sheet is for a workbook input; a .json profile has no sheets");
    return { profiles: readProfileFile(command.input), source: command.input };
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new CliError(`sql reads a profile (.json) or a workbook (.xlsx), not ${command.input}`);
  const given = command.profile ? readProfileFile(command.profile) : undefined;
  const session = await openWorkbook(readXlsxFile(command.input), command.input);
  assertSheetExists(session.workbook, command.sheet);
  return session.run(async (context) => {
    const stored = given ? undefined : await loadStoredProfiles(context);
    if (stored && (stored.status === "damaged" || stored.status === "too-new")) {
      throw new CliError(stored.message ?? `the profile stored in ${command.input} cannot be used (${stored.status})`);
    }
    const chosen = given ?? (stored?.status === "ok" ? stored.profiles : undefined);
    const sheetName = command.sheet ?? chosen?.[0]?.sheet ?? (await loadRatedSheetName(context));
    const sheet = await readClientSheet(context, { sheetName });
    const profiles = chosen && chosen.length > 0 ? chosen : [buildDefaultProfile(sheet.table, command.locale)];
    return { profiles, columns: columnsOfSheet(sheet.table), source: command.input };
  });
}

/** A column whose filled cells are all numbers (dates are serial numbers in a sheet) is a number column. */
export function columnsOfSheet(table: ClientTable): SqlColumn[] {
  return table.headers.map((name, c) => {
    const filled = table.rows.map((row) => row[c]).filter((cell: CellValue) => cell !== null && cell !== undefined && cell !== "");
    const numbers = filled.length > 0 && filled.every((cell) => typeof cell === "number" || typeof cell === "boolean");
    return { name, kind: numbers ? "number" : "text" };
  });
}
