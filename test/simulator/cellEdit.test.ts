// Cell-edit mode (the user typing in a cell): a batch without delayForCellEdit fails with
// InvalidOperationInCellEditMode and applies nothing; with it, the request waits for the edit to end.
// The add-in's own Excel.run calls (panel and ribbon, in Office) pass delayForCellEdit.
import { RaterError } from "../../src/core/errors";
import { createOfficeHost } from "../../src/taskpane/host";
import { rateWorkbook } from "../../src/excel";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { AS_OF } from "../excel/support/clientSheet";
import { standardWorkbook } from "../excel/support/host";

function sheetWithA1() {
  const wb = SimWorkbook.empty();
  wb.addSheet("Sheet1");
  return { wb, host: createExcelHost(wb) };
}

const writeA1 = (value: string) => async (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[value]];
  await context.sync();
};

test("while a cell is edited, a batch without delayForCellEdit fails and changes nothing", async () => {
  const { wb, host } = sheetWithA1();
  host.cellEdit.begin();
  const error = await host.run(writeA1("x")).catch((e: { code?: string }) => e);
  expect((error as { code?: string }).code).toBe("InvalidOperationInCellEditMode");
  expect(wb.cell("Sheet1", "A1").value).toBeNull();
});

test("with delayForCellEdit the batch waits for the edit to end, then runs", async () => {
  const { wb, host } = sheetWithA1();
  host.cellEdit.begin();
  let done = false;
  const running = host.run({ delayForCellEdit: true }, writeA1("x")).then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect([done, host.cellEdit.delayed, wb.cell("Sheet1", "A1").value]).toEqual([false, 1, null]);
  host.cellEdit.end();
  await running;
  expect([done, wb.cell("Sheet1", "A1").value]).toEqual([true, "x"]);
});

test("outside cell-edit mode both run at once", async () => {
  const { wb, host } = sheetWithA1();
  await host.run(writeA1("a"));
  await host.run({ delayForCellEdit: true }, writeA1("b"));
  expect(wb.cell("Sheet1", "A1").value).toBe("b");
});

describe("the add-in's Excel.run in Office", () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  const saved = { Excel: scope.Excel, Office: scope.Office, OfficeExtension: scope.OfficeExtension };
  afterEach(() => Object.assign(scope, saved));

  test("a panel rating started during a cell edit waits for it and then rates", async () => {
    const { host } = await standardWorkbook({ rows: 20 });
    host.install();
    const panel = createOfficeHost();
    host.cellEdit.begin();
    const rating = panel.run((context) => rateWorkbook(context, { asOf: AS_OF }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.cellEdit.delayed).toBe(1);
    host.cellEdit.end();
    await expect(rating).resolves.toMatchObject({ clients: 20 });
  });

  test("the ribbon's rateClients also waits, and completes its event", async () => {
    const { wb, host } = await standardWorkbook({ rows: 20 });
    host.install();
    let commands: typeof import("../../src/commands/commands") | undefined;
    jest.isolateModules(() => {
      commands = jest.requireActual<typeof import("../../src/commands/commands")>("../../src/commands/commands");
    });
    expect(host.office.associated.get("rateClients")).toBe(commands!.rateClients);
    host.cellEdit.begin();
    const completed = jest.fn();
    const click = commands!.rateClients({ completed } as unknown as Office.AddinCommands.Event);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(completed).not.toHaveBeenCalled();
    host.cellEdit.end();
    await click;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(["Clients", "Pareto"]));
  });

  test("without delayForCellEdit the same rating would have failed with Excel's cell-edit error", async () => {
    const { host } = await standardWorkbook({ rows: 20 });
    host.cellEdit.begin();
    const error = await host.run((context) => rateWorkbook(context, { asOf: AS_OF })).catch((e: RaterError) => e);
    expect((error as RaterError).message).toMatch(/Edit cell mode/);
  });
});
