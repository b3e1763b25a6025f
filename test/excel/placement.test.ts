// After "Rate clients" the sheet shows the result (Excel scrolls to the selected first rated column), and the
// outcome says where the columns went, naming the cell that pushed them away from the list.
import { rateWorkbook } from "../../src/excel";
import { AS_OF } from "./support/clientSheet";
import { standardWorkbook } from "./support/host";

const request = { asOf: AS_OF };

async function selectedAddress(host: Awaited<ReturnType<typeof standardWorkbook>>["host"]): Promise<string> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  });
}

describe("where the rating columns go", () => {
  it("selects the first rated column, header to last client, and says which columns were written", async () => {
    const { host, rows } = await standardWorkbook();
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    // Score in J to Next step in R: the nine owned columns of a profile without market or potential columns.
    expect(outcome.placement).toEqual({ sheet: "Clients", firstColumn: "J", lastColumn: "R", headerRow: 1, selected: true });
    expect(await selectedAddress(host)).toBe(`Clients!J1:J${rows.length + 1}`);
  });

  it("names the note that pushed the columns right of a gap", async () => {
    const { wb, host } = await standardWorkbook();
    wb.setCells("Clients", "M3", [["call back in May"]]);
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(outcome.placement.firstColumn).toBe("N");
    expect(outcome.placement.pushedBy).toEqual({ address: "M3", holds: "value" });
    expect(wb.cell("Clients", "N1").value).toBe("Score");
  });

  it("says nothing pushed them when they sit beside the list, also on a second run", async () => {
    const { host } = await standardWorkbook();
    await host.run((ctx) => rateWorkbook(ctx, request));
    const again = await host.run((ctx) => rateWorkbook(ctx, request));
    expect(again.placement.pushedBy).toBeUndefined();
    expect(again.placement.firstColumn).toBe("J");
  });
});

describe("the PivotTable warning", () => {
  it("blames the column without a header, not the Excel version", async () => {
    const { wb, host } = await standardWorkbook();
    // A note right of the list: the gap column between list and rating has no header.
    wb.setCells("Clients", "K5", [["note"]]);
    const outcome = await host.run((ctx) => rateWorkbook(ctx, request));
    const warning = outcome.warnings.find((w) => /PivotTable/.test(w.message));
    expect(warning).toMatchObject({ code: "no-pivot-layout", params: { column: "J" } });
  });
});
