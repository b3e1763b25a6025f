import { rateWorkbook } from "../../src/excel";
import { AS_OF } from "./support/clientSheet";
import { cellsOf, fillRows, normalizedSnapshot, standardWorkbook } from "./support/host";

type Sheet = { name: string; pivots: { rowFields: string[]; dataFields: { field: string; summarizeBy: string; showAs: { calculation: string } }[] }[]; charts: { series: { axisGroup: string }[] }[] };
const paretoOf = (wb: Parameters<typeof normalizedSnapshot>[0], name = "Pareto") => normalizedSnapshot(wb).sheets.find((s) => s.name === name) as unknown as Sheet;

describe("the Pareto sheet", () => {
  it("has the summary, a PivotTable by grade and the charts", async () => {
    const { wb, host } = await standardWorkbook({ rows: 80 });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const cells = cellsOf(wb, "Pareto");
    // The summary sits right of the client list (H:I), so the list can take the whole column height.
    expect(cells.I4.value).toBe(outcome.pareto!.vitalFew);
    expect(cells.I5.value).toBeCloseTo(outcome.pareto!.vitalFewShare, 10);
    expect(cells.I9.value).toBeCloseTo(outcome.pareto!.hhi, 10);
    const sheet = paretoOf(wb);
    expect(sheet.pivots).toHaveLength(1);
    expect(sheet.pivots[0].rowFields).toEqual(["Grade"]);
    expect(sheet.pivots[0].dataFields.map((f) => [f.field, f.summarizeBy, f.showAs.calculation])).toEqual([
      ["Client", "Count", "None"],
      ["Profit", "Sum", "None"],
      ["Value share", "Sum", "PercentOfGrandTotal"],
    ]);
    // Pareto chart (value columns + cumulative line and 80% line on the secondary axis) and, since some
    // generated clients lose money, the whale curve.
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.charts[0].series.map((s) => s.axisGroup)).toEqual(["Primary", "Secondary", "Secondary"]);
  });

  it("draws the top 50 clients as columns and leaves the 'Others' column out, so the largest client's column sets the axis", async () => {
    const { wb, host } = await standardWorkbook({ rows: 80 });
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    type Axis = { minimum?: number; maximum?: number; numberFormat?: string };
    type Chart = { series: { values: unknown[]; xValues: unknown[] }[]; axes: Record<string, Axis>; legend: { visible: boolean } };
    const [pareto, whale] = wb.sheet("Pareto").charts as unknown as Chart[];
    const [bars, cumulative] = pareto.series;
    expect(bars.xValues).toHaveLength(51);
    expect(String(bars.xValues[50])).toMatch(/^Others \(30\)$/);
    expect(bars.values).toHaveLength(50);
    expect(Math.max(...bars.values.map(Number))).toBe(bars.values[0]);
    expect(cumulative.values).toHaveLength(51);
    expect(cumulative.values[50]).toBeCloseTo(1, 10);
    expect(pareto.axes["Value/Secondary"]).toMatchObject({ minimum: 0, numberFormat: "0%" });
    // Some generated clients lose money, so the top 50 bring more than the total: the share axis finds its own top
    // (the sample's top 50 stay under 100% and get an axis ending at 100%: test/fidelity/libreofficeObjects.test.ts).
    expect(Math.max(...cumulative.values.map(Number))).toBeGreaterThan(1);
    expect(pareto.axes["Value/Secondary"].maximum).toBeUndefined();
    expect(pareto.axes["Value/Primary"]).toMatchObject({ numberFormat: "#,##0" });
    // The whale curve's one series is named as its title: no legend repeating it; shares as percentages.
    expect(whale.legend.visible).toBe(false);
    expect(whale.axes["Value/Primary"]).toMatchObject({ numberFormat: "0%" });
  });

  it("lists the clients from row 2 under a header on row 1, one row each, so any sheet's count fits", async () => {
    const { wb, host } = await standardWorkbook({ rows: 80 });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const cells = cellsOf(wb, "Pareto");
    expect([cells.A1.value, cells.B1.value]).toEqual(["Rank", "Client"]);
    const listed = outcome.clients; // every generated client has a readable value
    expect(cells[`A${listed + 1}`].value).toBe(listed);
    expect(cells[`A${listed + 2}`]).toBeUndefined();
  });

  it("writes a message instead of a chart when the total is not positive", async () => {
    const { wb, host, rows } = await standardWorkbook({ rows: 10 });
    await fillRows(host, "Clients", 1, 3, rows.map(() => [-100]));
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(outcome.pareto).toBeNull();
    expect(paretoOf(wb).charts).toHaveLength(0);
    const texts = Object.values(cellsOf(wb, "Pareto")).map((c) => String(c.value));
    expect(texts.some((t) => /zero or less|not positive|no Pareto/i.test(t))).toBe(true);
  });

  it("never clobbers a user's own sheet called Pareto", async () => {
    const { wb, host } = await standardWorkbook();
    wb.setCells("Pareto", "A1", [["my own analysis"]]);
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(wb.cell("Pareto", "A1").value).toBe("my own analysis");
    expect(wb.sheetNames()).toContain("Pareto (Client Rater)");
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    expect(wb.sheetNames().filter((s) => s.startsWith("Pareto"))).toEqual(["Pareto", "Pareto (Client Rater)"]);
  });
});

describe("the whale curve and the PivotTable's numbers", () => {
  type Chart = { chartType: string; series: { values: unknown[]; xValues: unknown[] }[] };
  type Pivot = { destRow: number; destColumn: number; dataFields: { numberFormat?: string }[]; outputRect: { r0: number; r1: number; c0: number; c1: number } };

  it("puts each sampled client's real rank on the whale curve's category axis", async () => {
    const { wb, host } = await standardWorkbook({ rows: 900 });
    const outcome = await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const charts = wb.sheet("Pareto").charts as unknown as Chart[];
    const whale = charts.find((c) => c.chartType === "Line")!;
    const ranks = whale.series[0].xValues.map(Number);
    const listed = Number(cellsOf(wb, "Pareto")[`A${outcome.clients + 1}`].value);
    const step = Math.ceil(listed / 200);
    expect(step).toBeGreaterThan(1); // sampled, so a plain 1, 2, 3 axis would be wrong
    expect(ranks.slice(0, 3)).toEqual([1, 1 + step, 1 + 2 * step]);
    expect(ranks[ranks.length - 1]).toBe(listed);
    expect(whale.series[0].values).toHaveLength(ranks.length);
  });

  it("formats the PivotTable's count, sum and share", async () => {
    const { wb, host } = await standardWorkbook({ rows: 80 });
    await host.run((ctx) => rateWorkbook(ctx, { asOf: AS_OF }));
    const pivot = (wb.sheet("Pareto").pivots as unknown as Pivot[])[0];
    expect(pivot.dataFields.map((f) => f.numberFormat)).toEqual(["#,##0", "#,##0.00", "0.0%"]);
    const firstGrade = wb.sheet("Pareto").get(pivot.outputRect.r0 + 1, pivot.outputRect.c0 + 2);
    expect(firstGrade?.numberFormat).toBe("#,##0.00");
  });
});
