// `client-rater clients <orders.csv|xlsx> --by "Customer ID"`: order lines to a client list, ready to rate.
import { normalizeHeader, ORDER_LINE_ROLES, type OrderColumnMatches, type OrderColumns, orderColumnsOf, type OrderLineRole } from "../core";
import { type ClientListOutcome, readOrderLines, writeClientList } from "../excel";
import type { Command } from "./args";
import { openInput } from "./inputWorkbook";
import { checkInputFile } from "./inputFile";
import { CliError } from "./errors";
import { chooseOutputPath, writeOutputFile } from "./outputFile";
import { isCsvOutput } from "./outputFormat";
import { sheetAsCsv } from "./sheetCsv";
import { assertSheetExists } from "./workbookSession";

type ClientsCommand = Extract<Command, { kind: "clients" }>;

interface ClientsSummary {
  sheet: string;
  fromSheet: string;
  clients: number;
  orderLines: number;
  totals: { revenue: number; profit: number };
  columns: Partial<Record<OrderLineRole, string>>;
  warnings: string[];
  out: string;
}

export async function clientsCommand(command: ClientsCommand, print: (text: string) => void): Promise<void> {
  checkInputFile(command.input);
  const out = chooseOutputPath({ input: command.input, out: command.out, force: command.force, suffix: "clients" });
  if (/\.xlsm$/i.test(out)) throw new CliError(`--out ${out}: the client list is written as .xlsx or .csv`);
  const input = await openInput(command.input, { locale: command.locale, dateOrder: command.dateOrder });
  const session = input.session;
  assertSheetExists(session.workbook, command.sheet);
  const preview = await session.run((context) => readOrderLines(context, command.sheet));
  const warnings = [...input.warnings];
  const columns = chooseColumns(preview.headers, preview.matches, command, warnings);
  const locale = command.locale ?? (input.csv?.format.decimal === "," ? "de" : "en");
  const outcome = await session.run((context) =>
    writeClientList(context, { sheetName: preview.sheetName, columns, locale, language: command.locale ?? "en" }),
  );
  warnings.push(...outcomeWarnings(outcome));
  const csvFormat = input.csv?.format ?? { delimiter: ",", decimal: ".", dateOrder: null, lineBreak: "\r\n", encoding: "utf-8" };
  writeOutputFile(command.input, out, isCsvOutput(out) ? sheetAsCsv(session.workbook, outcome.sheetName, csvFormat) : await session.workbook.toXlsx());
  const summary: ClientsSummary = {
    sheet: outcome.sheetName,
    fromSheet: outcome.fromSheet,
    clients: outcome.clients,
    orderLines: outcome.orderLines,
    totals: outcome.totals,
    columns: Object.fromEntries(Object.entries(columns).map(([role, c]) => [role, preview.headers[c]])),
    warnings,
    out,
  };
  print(command.json ? JSON.stringify(summary) : humanClientsSummary(summary));
}

/** The recognised columns with the user's choices applied; the client column must be sure or chosen. */
function chooseColumns(headers: string[], matches: OrderColumnMatches, command: ClientsCommand, warnings: string[]): OrderColumns {
  const find = (header: string, option: string): number => {
    const wanted = normalizeHeader(header);
    const index = headers.findIndex((h) => h.trim() === header.trim());
    const loose = index >= 0 ? index : headers.findIndex((h) => normalizeHeader(h) === wanted);
    if (loose < 0) throw new CliError(`${option}: no column "${header}" in the order lines (they have: ${list(headers)})`);
    return loose;
  };
  const columns: OrderColumns = orderColumnsOf(matches) ?? { client: -1 };
  if (command.by !== undefined) columns.client = find(command.by, "--by");
  else if (columns.client < 0 || !matches.client.sure) {
    const candidates = matches.client.candidates.map((c) => headers[c]);
    throw new CliError(
      candidates.length > 1
        ? `more than one column could name the client (${list(candidates)}): choose one with --by "<header>"`
        : `no column reads as the client's ID${candidates.length === 1 ? ` for sure (only "${candidates[0]}", a name)` : ""}: choose it with --by "<header>" (the columns: ${list(headers)})`,
    );
  }
  const chosen = new Set<OrderLineRole>(["client"]);
  for (const choice of command.columns) {
    columns[choice.role] = find(choice.header, `--column ${choice.role}`);
    chosen.add(choice.role);
  }
  for (const role of ORDER_LINE_ROLES) {
    if (chosen.has(role) || role === "clientName" && columns.clientName === columns.client) continue;
    const match = matches[role];
    if (match.candidates.length > 1) {
      warnings.push(`${ROLE_WORDS[role]}: "${headers[match.column]}" was used, though ${list(match.candidates.slice(1).map((c) => headers[c]))} could be it too; choose with --column ${role}="<header>"`);
    }
  }
  if (columns.clientName === columns.client) delete columns.clientName;
  return columns;
}

const ROLE_WORDS: Record<OrderLineRole, string> = {
  client: "client", clientName: "client name", order: "order ID", orderDate: "order date", revenue: "revenue",
  profit: "profit", discount: "discount", segment: "segment", region: "region",
};

function outcomeWarnings(outcome: ClientListOutcome): string[] {
  const warnings = outcome.unreadable.map(
    (u) => `${u.count} order line(s) have a ${ROLE_WORDS[u.role]} in "${u.header}" that is not a ${u.role === "orderDate" ? "date" : "number"} (first: "${u.text}"); they were left out of it`,
  );
  if (outcome.linesWithoutClient > 0) warnings.push(`${outcome.linesWithoutClient} order line(s) name no client and were left out`);
  return warnings;
}

const list = (items: string[]) => items.map((h) => `"${h}"`).join(", ");

function humanClientsSummary(s: ClientsSummary): string {
  const columns = Object.entries(s.columns).map(([role, header]) => `${ROLE_WORDS[role as OrderLineRole]} "${header}"`).join(", ");
  return [
    `Made ${s.clients} clients from ${s.orderLines} order lines of sheet "${s.fromSheet}" into sheet "${s.sheet}".`,
    `Columns: ${columns}.`,
    `Totals: revenue ${s.totals.revenue}, profit ${s.totals.profit}.`,
    ...s.warnings.map((w) => `Warning: ${w}`),
    `Wrote ${s.out}`,
  ].join("\n");
}
