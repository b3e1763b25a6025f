// The rating history at Excel's full grid: the sheet holds one row per client ever rated below its notes, so
// 1,048,571 clients at most. The plan decides before writing which clients fit, keeps every client already
// followed, and says in the outcome how many new clients were left out and why.
import { buildDefaultProfile, rateClients } from "../../src/core";
import { rateWorkbook } from "../../src/excel";
import { HISTORY_ROOM, planHistory } from "../../src/excel/historyRun";
import { EMPTY_HISTORY, HISTORY_HEADER_ROW, parseHistory } from "../../src/excel/historyTable";
import { MAX_ROWS } from "../../src/shared/a1";
import { describeWarning } from "../../src/taskpane/editing/describeError";
import { createTranslator } from "../../src/taskpane/i18n";
import { loadEveryLanguage } from "../taskpane/support/languages";
import { standardWorkbook } from "./support/host";

jest.setTimeout(120_000);

describe("planning the history's rows", () => {
  beforeAll(loadEveryLanguage);

  const table = {
    headers: ["Client", "Revenue"],
    rows: Array.from({ length: 12 }, (_, i) => [`Client ${i + 1}`, 1000 * (i + 1)]),
  };
  const profile = buildDefaultProfile(table);
  const result = rateClients(table, [profile], { asOf: new Date(Date.UTC(2026, 0, 1)), locale: "en" });
  const names = table.rows.map((row) => String(row[0]));

  it("leaves out the new clients past the room, keeps those already followed, and warns with the count", () => {
    const stored = planHistory(EMPTY_HISTORY, { ...table, rows: table.rows.slice(0, 5) }, names.slice(0, 5), result, [profile], "2025-12-01", 8).merged;
    const plan = planHistory(stored, table, names, result, [profile], "2026-01-01", 8);
    expect(plan.merged.keys).toEqual(names.slice(0, 8));
    expect(plan.merged.scores.every((column) => column.length === 8)).toBe(true);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: "history-full", params: { count: 4, rows: 8, example: "Client 9" } }),
    ]);
  });

  it("gives no warning when every client fits", () => {
    expect(planHistory(EMPTY_HISTORY, table, names, result, [profile], "2026-01-01", 12).warnings).toEqual([]);
    expect(HISTORY_ROOM).toBe(MAX_ROWS - HISTORY_HEADER_ROW - 1);
  });

  it("says it in the panel's four languages", () => {
    const warning = planHistory(EMPTY_HISTORY, table, names, result, [profile], "2026-01-01", 10).warnings[0];
    const said = (["en", "nl", "de", "hu"] as const).map((language) =>
      describeWarning(warning, createTranslator(language), {
        formatNumber: (value) => new Intl.NumberFormat(language).format(value),
        formatPercent: (share) => new Intl.NumberFormat(language, { style: "percent" }).format(share),
      }),
    );
    expect(said[0]).toBe(
      "2 clients (such as Client 11) are left out of the rating history: it keeps one row per client ever rated, and below its notes Excel's 1,048,576 rows leave room for 10 clients, all taken.",
    );
    for (const text of said) expect(text).toMatch(/Client 11/);
    expect(new Set(said).size).toBe(4);
  });
});

describe("a history sheet that fills the grid", () => {
  it("writes the clients that fit up to the grid's last row and warns about the rest", async () => {
    const { wb, host } = await standardWorkbook({ rows: 30 });
    await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-01-01" }));
    // Clients rated in earlier years fill the sheet up to 10 rows short of the grid (key only: a client
    // followed by name whose ratings have all been dropped since).
    const firstFree = HISTORY_HEADER_ROW + 1 + 30;
    const filler = Array.from({ length: MAX_ROWS - 10 - firstFree }, (_, i) => [`Former client ${i + 1}`]);
    wb.setCells("Rating history", `A${firstFree + 1}`, filler);
    // 15 clients renamed: 15 new keys, room for 10.
    wb.setCells("Clients", "A2", Array.from({ length: 15 }, (_, i) => [`Newcomer ${i + 1}`]));

    const outcome = await host.run((ctx) => rateWorkbook(ctx, { ratingDate: "2026-02-01" }));
    const full = outcome.warnings.filter((w) => w.code === "history-full");
    expect(full).toEqual([expect.objectContaining({ params: { count: 5, rows: HISTORY_ROOM, example: "Newcomer 11" } })]);
    expect(wb.cell("Rating history", `A${MAX_ROWS}`).value).toBe("Newcomer 10");
    expect(wb.cell("Rating history", `E${MAX_ROWS}`).value).toBe(wb.cell("Clients", `${gradeColumn(wb)}11`).value);
    const top = parseHistory(Array.from({ length: 40 }, (_, r) => [0, 1, 2, 3, 4].map((c) => wb.cell("Rating history", `${"ABCDE"[c]}${r + 1}`).value)));
    expect(top.dates).toEqual(["2026-01-01", "2026-02-01"]);
  });
});

function gradeColumn(wb: Awaited<ReturnType<typeof standardWorkbook>>["wb"]): string {
  for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if (wb.cell("Clients", `${letter}1`).value === "Grade") return letter;
  throw new Error("no Grade column");
}
