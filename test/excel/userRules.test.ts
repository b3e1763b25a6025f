// The user's own conditional formats: a rule over the whole block (owned columns included) is never
// cut, moved or deleted; only our rules on owned columns are replaced and removed.
import { rateWorkbook, removeRatings } from "../../src/excel";
import { AS_OF } from "./support/clientSheet";
import { normalizedSnapshot, standardWorkbook } from "./support/host";

describe("user conditional formats", () => {
  it("keeps a user's rule spanning the owned columns whole through rate, rate again and remove", async () => {
    const { wb, host } = await standardWorkbook({ rows: 30 });
    await host.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("Clients").getRange("A2:Z50").conditionalFormats.add("CellValue");
      cf.cellValue.format.fill.color = "#FFC7CE";
      cf.cellValue.rule = { formula1: "1000", operator: "GreaterThan" };
      await ctx.sync();
    });
    // The user's rule is the one reaching column Z; ours sit on the owned columns J..Q only.
    const userRule = () => wb.sheet("Clients").conditionalFormats.filter((r) => r.ranges.some((x) => x.c0 === 0 || x.c1 === 25));
    const rules = () => wb.sheet("Clients").conditionalFormats;
    const before = normalizedSnapshot(wb);
    const original = JSON.stringify(userRule().map((r) => r.ranges));
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const ruleCount = rules().length;
    expect(ruleCount).toBeGreaterThan(1);
    expect(JSON.stringify(userRule().map((r) => r.ranges))).toBe(original);
    const once = normalizedSnapshot(wb);
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(normalizedSnapshot(wb)).toEqual(once);
    await host.run((ctx) => removeRatings(ctx));
    expect(normalizedSnapshot(wb).sheets).toEqual(before.sheets);
  });
});
