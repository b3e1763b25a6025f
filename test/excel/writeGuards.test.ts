// Refusals made before the first write (src/excel/writeGuards.ts): a locked workbook structure, merged cells
// over the owned columns, a user's own name that Excel takes for ours. The workbook must be as it was.
import { RaterError } from "../../src/core/errors";
import { rateWorkbook, removeRatings, saveProfiles } from "../../src/excel";
import { columnLetters as letter } from "../../src/shared/a1";
import { createExcelHost } from "../../src/simulator";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

const rows = 12; // header on row 1, clients on rows 2-13; the owned columns start at the first free column

async function attempt<T>(action: (host: ReturnType<typeof createExcelHost>) => Promise<T>, setup: Parameters<typeof standardWorkbook>[0] & { edit?: (wb: Awaited<ReturnType<typeof standardWorkbook>>["wb"]) => void } = {}) {
  const made = await standardWorkbook({ rows, ...setup });
  setup.edit?.(made.wb);
  const before = JSON.stringify(normalizedSnapshot(made.wb));
  const error = await action(made.host).then(() => null, (e: unknown) => e);
  return { error: error as RaterError | null, changed: JSON.stringify(normalizedSnapshot(made.wb)) !== before, wb: made.wb, host: made.host };
}

const firstFreeColumn = (wb: Awaited<ReturnType<typeof standardWorkbook>>["wb"]) => Math.max(...[...wb.sheet("Clients").rows.get(0)!.keys()]) + 1;

describe("merged cells over the owned columns", () => {
  test("are refused, naming the merged area (found with Range.getMergedAreasOrNullObject)", async () => {
    const { error, changed } = await attempt(
      (host) => host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, })),
      { edit: (wb) => void (wb.sheet("Clients").merges = [{ r0: 5, r1: 6, c0: firstFreeColumn(wb) + 1, c1: firstFreeColumn(wb) + 1 }]) },
    );
    expect(error).toBeInstanceOf(RaterError);
    expect(error!.code).toBe("merged-cells");
    expect(error!.message).toMatch(/The merged cells Clients![A-Z]+6:[A-Z]+7 cover column [A-Z]+/);
    expect(changed).toBe(false);
  });

  test("a merge whose top-left cell is in the user's data is found too", async () => {
    let area = "";
    const { error } = await attempt(
      (host) => host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, })),
      { edit: (wb) => {
        const free = firstFreeColumn(wb);
        wb.sheet("Clients").merges = [{ r0: 3, r1: 3, c0: free - 1, c1: free }];
        area = `${letter(free - 1)}4:${letter(free)}4`;
      } },
    );
    expect(error?.details.cell).toBe(`Clients!${area}`);
  });

  test("merges elsewhere on the sheet do not stop the run", async () => {
    const { error } = await attempt(
      (host) => host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF, })),
      { edit: (wb) => void (wb.sheet("Clients").merges = [{ r0: 30, r1: 31, c0: 0, c1: 1 }]) },
    );
    expect(error).toBeNull();
  });
});

describe("a locked workbook structure", () => {
  const lock = (wb: Awaited<ReturnType<typeof standardWorkbook>>["wb"]) => void (wb.protection = { protected: true });

  test("stops saving profiles (it adds the Rating profile sheet) before anything is written", async () => {
    const { error, changed } = await attempt((host) => host.run((ctx) => saveProfiles(ctx, [])), { edit: lock });
    expect([error?.code, changed]).toEqual(["workbook-protected", false]);
  });

  test("stops Remove ratings when it would delete the add-in's sheets", async () => {
    const made = await standardWorkbook({ rows });
    await made.host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    lock(made.wb);
    const before = JSON.stringify(normalizedSnapshot(made.wb));
    const error = await made.host.run((ctx) => removeRatings(ctx)).catch((e: RaterError) => e);
    expect([(error as RaterError)?.code, JSON.stringify(normalizedSnapshot(made.wb)) === before]).toEqual(["workbook-protected", true]);
  });

  test("stops Remove ratings when only the Focus sheet of the add-in's sheets is left", async () => {
    const made = await standardWorkbook({ rows });
    await made.host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    await made.host.run(async (ctx) => {
      for (const name of ["Rating profile", "Pareto"]) ctx.workbook.worksheets.getItem(name).delete();
      await ctx.sync();
    });
    expect(made.wb.sheetNames()).toContain("Focus");
    lock(made.wb);
    const before = JSON.stringify(normalizedSnapshot(made.wb));
    const error = await made.host.run((ctx) => removeRatings(ctx)).catch((e: RaterError) => e);
    expect([(error as RaterError)?.code, JSON.stringify(normalizedSnapshot(made.wb)) === before]).toEqual(["workbook-protected", true]);
  });

  test("stops a rating (it adds and renames sheets) before anything is written", async () => {
    const { error, changed } = await attempt((host) => host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF })), { edit: lock });
    expect([error?.code, changed]).toEqual(["workbook-protected", false]);
  });

  test("lets Remove ratings through when it deletes no sheet (the add-in's sheets are gone)", async () => {
    const made = await standardWorkbook({ rows });
    await made.host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    await made.host.run(async (ctx) => {
      for (const name of ["Rating profile", "Pareto", "Focus", "Rating history"]) ctx.workbook.worksheets.getItem(name).delete();
      await ctx.sync();
    });
    lock(made.wb);
    await made.host.run((ctx) => removeRatings(ctx));
    expect(made.wb.sheetNames()).toEqual(["Clients"]);
  });

  test("lets Remove ratings through when the one sheet left is the rating history and it is kept", async () => {
    const made = await standardWorkbook({ rows });
    await made.host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    await made.host.run(async (ctx) => {
      for (const name of ["Rating profile", "Pareto", "Focus"]) ctx.workbook.worksheets.getItem(name).delete();
      await ctx.sync();
    });
    lock(made.wb);
    await expect(made.host.run((ctx) => removeRatings(ctx))).rejects.toMatchObject({ code: "workbook-protected" });
    await made.host.run((ctx) => removeRatings(ctx, { keepHistory: true }));
    expect(made.wb.sheetNames()).toEqual(["Clients", "Rating history"]);
  });
});

test("Remove ratings leaves a user's own name that looks like ours", async () => {
  const { wb, host } = await standardWorkbook({ rows });
  wb.names.push({ name: "ClientRater_grade", ref: { sheet: "Clients", rect: { r0: 1, r1: 12, c0: 1, c1: 1 } }, comment: "", visible: true });
  await host.run((ctx) => removeRatings(ctx));
  expect(wb.names.map((n) => n.name)).toContain("ClientRater_grade");
});
