// A client list that is an Excel table of 5,000 rows, rated as Excel on the web would run it: the rating
// columns join the table without TableColumnCollection.add (refused there from about 2,050 rows with
// OperationCellsExceedLimit), rating twice equals rating once, and a failure undoes the growth.
import { RaterError } from "../../src/core/errors";
import { rateWorkbook } from "../../src/excel";
import { createExcelHost } from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

jest.setTimeout(120_000);

const ROWS = 5_000;

async function tableOfClients() {
  const made = await standardWorkbook({ rows: ROWS });
  await made.host.run(async (ctx) => {
    ctx.workbook.tables.add(`Clients!A1:I${ROWS + 1}`, true).name = "ClientTable";
    await ctx.sync();
  });
  made.host.counters.reset();
  return made;
}

const tableOf = (wb: Awaited<ReturnType<typeof tableOfClients>>["wb"]) =>
  (wb.sheet("Clients").tables as unknown as { name: string; rect: { r0: number; r1: number; c0: number; c1: number } }[]).find((t) => t.name === "ClientTable")!.rect;

test("the simulated web Excel refuses columns.add on this table (the limit the rating must avoid)", async () => {
  const { host } = await tableOfClients();
  const error = await host
    .run(async (ctx) => {
      ctx.workbook.tables.getItem("ClientTable").columns.add(undefined, undefined, "Extra");
      await ctx.sync();
    })
    .catch((e: { code?: string }) => e);
  expect((error as { code?: string }).code).toBe("OperationCellsExceedLimit");
});

test("a 5,000-row table is rated on the web, the owned columns inside the table, and a second rating changes nothing", async () => {
  const { wb, host } = await tableOfClients();
  const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
  expect(outcome.clients).toBe(ROWS);
  const table = tableOf(wb);
  expect([table.r0, table.r1, table.c0]).toEqual([0, ROWS, 0]);
  const headers = Array.from({ length: table.c1 + 1 }, (_, c) => wb.cell("Clients", `${String.fromCharCode(65 + c)}1`).value);
  expect(headers.slice(9)).toEqual(expect.arrayContaining(["Score", "Grade", "Reasons", "Next step"]));
  expect(headers.some((h) => /^Column\d+$/.test(String(h)))).toBe(false);
  const once = JSON.stringify(normalizedSnapshot(wb));
  await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
  expect(JSON.stringify(normalizedSnapshot(wb))).toBe(once);
});

test("a failure after the table grew takes it back to its old range, the cells it took in empty", async () => {
  const { host } = await tableOfClients();
  await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
  const syncs = host.counters.syncs;
  for (const failAt of [Math.ceil(syncs / 2), syncs]) {
    const { wb } = await tableOfClients();
    const before = normalizedSnapshot(wb);
    const failing = createExcelHost(wb, { failAtSync: failAt });
    await expect(failing.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }))).rejects.toBeInstanceOf(RaterError);
    expect(tableOf(wb).c1).toBe(8);
    expect(normalizedSnapshot(wb)).toEqual(before);
  }
});
