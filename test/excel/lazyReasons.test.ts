// The reason and flag text is built per client when asked for (src/core/profileReasons.ts, clientTexts.ts)
// and per written chunk by the Excel writer (rateWorkbook.ts, BlockWriter.writeRows). What lands in the
// sheet must be exactly the text made the plain way (test/core/plainTexts.ts) for every client: on the
// shipped sample (in two languages) and on the corpus's messy cases (Excel errors, blanks, junk text,
// knockouts, 70-character names).
import { readFileSync } from "fs";
import { join } from "path";
import { rateClients, type Profile } from "../../src/core";
import type { RatingResult } from "../../src/core/types";
import { rateWorkbook, readClientSheet, type RateRequest } from "../../src/excel";
import { columnName } from "../../src/excel/ownership";
import { cellAddress } from "../../src/shared/a1";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { buildCase } from "../corpus/build";
import { corpusCases } from "../corpus/cases";
import { requestOf } from "../corpus/runner";
import { plainFlags, plainReason } from "../core/plainTexts";

interface Checked {
  clients: number;
  reasonsInSheet: unknown[];
  flagsInSheet: unknown[];
  result: RatingResult;
  profiles: Profile[];
  table: { headers: string[]; rows: unknown[][] };
}

/** Rates `wb` as "Rate clients" does, then reads the Reasons and Flags cells back, client by client. */
async function rateAndReadBack(wb: SimWorkbook, request: RateRequest): Promise<Checked> {
  const host = createExcelHost(wb);
  const sheet = await host.run((ctx) => readClientSheet(ctx, request.sheetName ? { sheetName: request.sheetName } : undefined));
  const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
  const columnOf = (key: "reasons" | "flags") => wb.names.find((n) => n.name === columnName(key))!.ref!.rect.c0;
  const cells = (col: number) => sheet.layout!.clientRows.map((row) => wb.cell(outcome.sheetName, cellAddress(row, col)).value ?? "");
  const asOf = request.asOf!;
  const locale = request.locale ?? outcome.profiles[0].locale ?? "en";
  const result = rateClients(sheet.table, outcome.profiles, { asOf, locale });
  return { clients: outcome.clients, reasonsInSheet: cells(columnOf("reasons")), flagsInSheet: cells(columnOf("flags")), result, profiles: outcome.profiles, table: sheet.table };
}

function expectPlainTexts(checked: Checked): void {
  const { result, profiles, table } = checked;
  expect(checked.reasonsInSheet).toHaveLength(checked.clients);
  for (let i = 0; i < checked.clients; i++) {
    const plain = plainReason(table as never, profiles, result, i);
    expect([i, checked.reasonsInSheet[i]]).toEqual([i, plain]);
    expect([i, result.reasonAt(i)]).toEqual([i, plain]);
    const flags = plainFlags(profiles, result, i);
    expect([i, checked.flagsInSheet[i]]).toEqual([i, flags]);
    expect([i, result.flagsAt(i)]).toEqual([i, flags]);
  }
}

const AS_OF = new Date(Date.UTC(2026, 0, 31));

describe("reason and flag text built per client and per written chunk", () => {
  it.each(["en", "de"] as const)("equals the plain text for every client of the sample workbook (%s)", async (language) => {
    const wb = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
    const checked = await rateAndReadBack(wb, { asOf: AS_OF, language });
    expect(checked.clients).toBeGreaterThan(100);
    // Many different texts and some flags: not a column of one repeated cell.
    expect(new Set(checked.reasonsInSheet).size).toBeGreaterThan(50);
    expect(checked.flagsInSheet.some((text) => text !== "")).toBe(true);
    expectPlainTexts(checked);
  });

  const messy = ["errors-and-blanks", "categories-and-knockout", "mixed-numbers-and-text", "honest-reasons-long-names", "missing-column-some"];
  it.each(messy)("equals the plain text for every client of the corpus case %s", async (id) => {
    const c = corpusCases.find((x) => x.id === id)!;
    const checked = await rateAndReadBack(await buildCase(c), requestOf(c));
    expect(checked.clients).toBeGreaterThan(2);
    expectPlainTexts(checked);
  });

});
