// The full flow on the shipped sample workbook (loaded from .xlsx into the simulator).
import { readFileSync } from "fs";
import { join } from "path";
import { SimWorkbook, createExcelHost } from "../../src/simulator";
import { rateWorkbook, readClientSheet, removeRatings } from "../../src/excel";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot } from "./support/host";

async function sample() {
  const wb = await SimWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/sample-clients.xlsx")));
  return { wb, host: createExcelHost(wb) };
}

describe("the sample workbook", () => {
  it("rates every client, twice the same, and removes back to the original", async () => {
    const { wb, host } = await sample();
    const original = normalizedSnapshot(wb);
    const sheet = await host.run((ctx) => readClientSheet(ctx));
    expect(sheet.table.rows.length).toBeGreaterThan(100);
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(outcome.clients).toBe(sheet.table.rows.length);
    expect(Object.values(outcome.gradeCounts).reduce((a, b) => a + b, 0)).toBe(outcome.clients);
    const once = normalizedSnapshot(wb);
    // Every cell of the original sheets keeps value, formula and format.
    for (const s of original.sheets) {
      const now = once.sheets.find((x) => x.name === s.name)!;
      for (const [addr, cell] of Object.entries(s.cells)) expect({ addr, ...now.cells[addr] }).toEqual({ addr, ...cell });
    }
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(normalizedSnapshot(wb)).toEqual(once);
    await host.run((ctx) => removeRatings(ctx));
    expect(normalizedSnapshot(wb).sheets).toEqual(original.sheets);
  });
});
