import { parseArgs } from "node:util";
import { ORDER_LINE_ROLES, type Locale, type OrderLineRole } from "../core";
import { DIALECTS, type Dialect } from "../sql/dialect";
import type { DateOrder } from "./csvInput";
import { CliError, EXIT } from "./errors";

/** `--column revenue="Net sales"`: the user's choice of the column for one role of the order lines. */
interface ColumnChoice {
  role: Exclude<OrderLineRole, "client">;
  header: string;
}

export type Command =
  | { kind: "help" }
  | { kind: "rate"; input: string; out?: string; force: boolean; profile?: string; sheet?: string; asOf?: Date; locale?: Locale; json: boolean; engine?: "duckdb"; dateOrder?: DateOrder }
  | { kind: "sql"; input: string; dialect: Dialect; table: string; profile?: string; sheet?: string; asOf?: Date; locale?: Locale }
  | { kind: "clients"; input: string; out?: string; force: boolean; sheet?: string; locale?: Locale; json: boolean; dateOrder?: DateOrder; by?: string; columns: ColumnChoice[] }
  | { kind: "profile"; input: string; sheet?: string; locale?: Locale }
  | { kind: "suggest"; input: string; outcome?: string; profile?: string; sheet?: string; asOf?: Date; locale?: Locale; seed?: number };

const LOCALES: readonly Locale[] = ["en", "nl", "de", "hu"];

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        profile: { type: "string", short: "p" },
        sheet: { type: "string", short: "s" },
        "as-of": { type: "string" },
        locale: { type: "string" },
        json: { type: "boolean" },
        force: { type: "boolean" },
        outcome: { type: "string" },
        seed: { type: "string" },
        engine: { type: "string" },
        dialect: { type: "string" },
        table: { type: "string" },
        help: { type: "boolean", short: "h" },
        "date-order": { type: "string" },
        by: { type: "string" },
        column: { type: "string", multiple: true },
      },
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : error}. See client-rater --help.`, EXIT.usage);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return { kind: "help" };
  const [command, input, ...extra] = positionals;
  if (command !== "rate" && command !== "profile" && command !== "suggest" && command !== "sql" && command !== "clients") usage(`unknown command "${command}"`);
  if (!input) usage(`${command} needs an input file: client-rater ${command} <in.xlsx>`);
  if (extra.length > 0) usage(`unexpected argument "${extra[0]}"`);
  const locale = values.locale === undefined ? undefined : parseLocale(values.locale);
  const dateOrder = values["date-order"] === undefined ? undefined : parseDateOrder(values["date-order"]);
  if (command !== "clients") {
    for (const option of ["by", "column"] as const) {
      if (values[option] !== undefined) usage(`--${option} applies to the clients command only`);
    }
  }
  if (command === "clients") {
    for (const option of ["profile", "as-of", "outcome", "seed", "engine", "dialect", "table"] as const) {
      if (values[option] !== undefined) usage(`--${option} does not apply to the clients command`);
    }
    const columns = (values.column ?? []).map(parseColumnChoice);
    return { kind: "clients", input, out: values.out, force: values.force ?? false, sheet: values.sheet, locale, json: values.json ?? false, dateOrder, by: values.by, columns };
  }
  const asOf = () => (values["as-of"] === undefined ? undefined : parseIsoDate(values["as-of"]));
  if (command !== "sql") {
    for (const option of ["dialect", "table"] as const) {
      if (values[option] !== undefined) usage(`--${option} applies to the sql command only`);
    }
  }
  if (command !== "rate" && values.engine !== undefined) usage("--engine applies to the rate command only");
  if (command === "sql") {
    for (const option of ["out", "force", "json", "outcome", "seed"] as const) {
      if (values[option] !== undefined) usage(`--${option} does not apply to the sql command (it prints the query)`);
    }
    const dialect = values.dialect ?? "duckdb";
    if (!(DIALECTS as readonly string[]).includes(dialect)) usage(`--dialect must be one of ${DIALECTS.join(", ")}, got "${dialect}"`);
    return { kind: "sql", input, dialect: dialect as Dialect, table: values.table ?? "clients", profile: values.profile, sheet: values.sheet, asOf: asOf(), locale };
  }
  if (command === "suggest") {
    for (const option of ["out", "force", "json"] as const) {
      if (values[option] !== undefined) usage(`--${option} does not apply to the suggest command (it prints JSON and writes no file)`);
    }
    const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
    return { kind: "suggest", input, outcome: values.outcome, profile: values.profile, sheet: values.sheet, asOf: asOf(), locale, seed };
  }
  for (const option of ["outcome", "seed"] as const) {
    if (values[option] !== undefined) usage(`--${option} applies to the suggest command only`);
  }
  if (command === "profile") {
    for (const option of ["out", "force", "profile", "as-of", "json"] as const) {
      if (values[option] !== undefined) usage(`--${option} does not apply to the profile command`);
    }
    return { kind: "profile", input, sheet: values.sheet, locale };
  }
  return {
    kind: "rate",
    input,
    out: values.out,
    force: values.force ?? false,
    profile: values.profile,
    sheet: values.sheet,
    asOf: asOf(),
    locale,
    json: values.json ?? false,
    ...(values.engine === undefined ? {} : { engine: parseEngine(values.engine) }),
    dateOrder,
  };
}

function parseDateOrder(text: string): DateOrder {
  if (text !== "dmy" && text !== "mdy") usage(`--date-order must be dmy (day first, 31/12/2024) or mdy (month first, 12/31/2024), got "${text}"`);
  return text;
}

const CHOOSABLE = ORDER_LINE_ROLES.filter((role): role is ColumnChoice["role"] => role !== "client");

/** "revenue=Net sales" -> { role: "revenue", header: "Net sales" }. */
function parseColumnChoice(text: string): ColumnChoice {
  const m = /^([A-Za-z]+)=(.+)$/.exec(text);
  const role = m?.[1] as ColumnChoice["role"] | undefined;
  if (!m || !role || !CHOOSABLE.includes(role)) {
    usage(`--column takes <role>=<header>, the role one of ${CHOOSABLE.join(", ")} (the client column is --by), got "${text}"`);
  }
  return { role, header: m[2].trim() };
}

function parseEngine(text: string): "duckdb" {
  if (text !== "duckdb") usage(`--engine must be duckdb (the one engine client-rater runs besides its own), got "${text}"`);
  return text;
}

/** "2023-01-15" to UTC midnight of that day; a day that does not exist is refused. */
export function parseIsoDate(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    usage(`--as-of must be a date written YYYY-MM-DD, got "${text}"`);
  }
  return date;
}

function parseSeed(text: string): number {
  if (!/^\d{1,9}$/.test(text)) usage(`--seed must be a whole number from 0 to 999999999, got "${text}"`);
  return Number(text);
}

function parseLocale(text: string): Locale {
  if (!(LOCALES as readonly string[]).includes(text)) usage(`--locale must be one of ${LOCALES.join(", ")}, got "${text}"`);
  return text as Locale;
}

function usage(message: string): never {
  throw new CliError(`${message}. See client-rater --help.`, EXIT.usage);
}
