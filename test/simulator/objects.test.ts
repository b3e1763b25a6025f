// Conditional formats: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
// PivotTables: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-pivottables
// Charts: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts
// Custom XML parts: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#access-custom-xml-data
import { failure, setup } from "./helpers";
import { WorkbookModel } from "../../src/simulator/model/workbook";

const clients = [["Client", "Region", "Profit"], ["Acme", "North", 100], ["Beta", "South", 50], ["Corp", "North", 30], ["Dyn", "East", -20]];

describe("conditional formats", () => {
  test("each type with its sub-object; newest has priority 0; count, getRange, clearAll", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C5");
      const scale = range.conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = { minimum: { type: "LowestValue", color: "red" }, maximum: { type: "HighestValue", color: "green" } };
      const icons = range.conditionalFormats.add("IconSet");
      icons.iconSet.style = "ThreeSymbols";
      icons.iconSet.reverseIconOrder = true;
      const bar = range.conditionalFormats.add("DataBar");
      bar.dataBar.barDirection = "LeftToRight";
      const cv = range.conditionalFormats.add("CellValue");
      cv.cellValue.format.fill.color = "#FFC7CE";
      cv.cellValue.rule = { formula1: "0", operator: "LessThan" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$C2>=$C$2*0.5";
      custom.custom.format.font.bold = true;
      custom.stopIfTrue = true;
      const count = range.conditionalFormats.getCount();
      custom.load("priority, type");
      scale.load("priority");
      const threeColor = scale.colorScale.load("threeColorScale");
      const where = custom.getRange().load("address");
      await context.sync();
      expect(count.value).toBe(5);
      expect([custom.priority, custom.type, scale.priority]).toEqual([0, "Custom", 4]);
      expect(threeColor.threeColorScale).toBe(false);
      expect(where.address).toBe("Sheet1!C2:C5");
      scale.priority = 0;
      const again = scale.load("priority");
      await context.sync();
      expect(again.priority).toBe(0);
    });
    const cfs = wb.sheet("Sheet1").conditionalFormats;
    expect(cfs.find((c) => c.type === "CellValue")!.details).toMatchObject({ format: { fill: { color: "#FFC7CE" } }, rule: { operator: "LessThan" } });
    expect(cfs.find((c) => c.type === "ColorScale")!.details).toMatchObject({ criteria: { minimum: { color: "red" } } });
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C5");
      range.conditionalFormats.clearAll();
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
  });

  test("reading the wrong sub-object fails; an unknown type is InvalidArgument", async () => {
    const { run } = setup();
    const wrong = await failure(run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").conditionalFormats.add("DataBar");
      cf.iconSet.load("style");
      await context.sync();
    }));
    expect(wrong.code).toBe("InvalidOperation");
    const unknown = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").conditionalFormats.add("Sparkles" as never);
      await context.sync();
    }));
    expect(unknown.code).toBe("InvalidArgument");
  });

  test("the range of a conditional format moves with inserted rows", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("B2:B5").conditionalFormats.add("DataBar");
      s.getRange("1:1").insert("Down");
    });
    expect(wb.sheet("Sheet1").conditionalFormats[0].ranges).toEqual([{ r0: 2, r1: 5, c0: 1, c1: 1 }]);
  });
});

describe("pivot tables", () => {
  test("sum of profit by region is computed into the destination, rows ascending, with a grand total", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    await run(async (context) => {
      const dest = context.workbook.worksheets.add("Pivot");
      const pivot = dest.pivotTables.add("ByRegion", context.workbook.worksheets.getItem("Sheet1").getRange("A1:C5"), dest.getRange("A3"));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Region"));
      const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Profit"));
      data.load("name, summarizeBy");
      const out = pivot.layout.getRange().load("address, values");
      await context.sync();
      expect([data.name, data.summarizeBy]).toEqual(["Sum of Profit", "Sum"]);
      expect(out.address).toBe("Pivot!A3:B7");
      expect(out.values).toEqual([["Row Labels", "Sum of Profit"], ["East", -20], ["North", 130], ["South", 50], ["Grand Total", 160]]);
      data.summarizeBy = "Count";
      const counted = pivot.layout.getDataBodyRange().load("values");
      data.load("name");
      await context.sync();
      expect(data.name).toBe("Count of Profit");
      expect(counted.values).toEqual([[1], [2], [1], [4]]);
      data.summarizeBy = "Sum";
      data.showAs = { calculation: "PercentOfGrandTotal" };
      const pct = pivot.layout.getDataBodyRange().load("values, numberFormat");
      await context.sync();
      expect(pct.values.flat().map((v: number) => Math.round(v * 1000) / 1000)).toEqual([-0.125, 0.813, 0.313, 1]);
      expect(pct.numberFormat[0][0]).toBe("0.00%");
    });
    expect(wb.cell("Pivot", "A4").value).toBe("East");
  });

  test("an update autofits the pivot's columns to its captions and formatted numbers, and nothing beside them", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    await run(async (context) => {
      const dest = context.workbook.worksheets.add("Pivot");
      const pivot = dest.pivotTables.add("ByRegion", context.workbook.worksheets.getItem("Sheet1").getRange("A1:C5"), dest.getRange("B1"));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Region"));
      const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Profit"));
      data.numberFormat = "#,##0.00";
      data.name = "Profit in euros, summed";
      await context.sync();
    });
    const widths = wb.sheet("Pivot").columnWidths;
    // (characters * 7 px + 5 px) * 0.75: "Grand Total" (11) and "Profit in euros, summed" (23) are the longest texts.
    expect([widths.get(1), widths.get(2)]).toEqual([(11 * 7 + 5) * 0.75, (23 * 7 + 5) * 0.75]);
    expect(widths.has(0) || widths.has(3)).toBe(false);
  });

  test("an Excel in another display language shows the pivot's own captions in its words, after a refresh", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    await run(async (context) => {
      const dest = context.workbook.worksheets.add("Pivot");
      const pivot = dest.pivotTables.add("ByRegion", context.workbook.worksheets.getItem("Sheet1").getRange("A1:C5"), dest.getRange("A1"));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Region"));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem("Profit")).name = "Gewinn";
      await context.sync();
    });
    wb.setExcelLanguage("de-DE");
    expect([wb.cell("Pivot", "A1").value, wb.cell("Pivot", "B1").value, wb.cell("Pivot", "A5").value]).toEqual(["Zeilenbeschriftungen", "Gewinn", "Gesamtergebnis"]);
    expect(wb.cell("Pivot", "B5").value).toBe(160);
    expect(wb.sheet("Pivot").columnWidths.get(0)).toBe((20 * 7 + 5) * 0.75);
  });

  test("field changes in one sync render the output once, before anything reads its cells", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    const renders = jest.spyOn(WorkbookModel.prototype, "refreshPivot");
    try {
      await run(async (context) => {
        const dest = context.workbook.worksheets.add("Pivot");
        const pivot = dest.pivotTables.add("ByRegion", context.workbook.worksheets.getItem("Sheet1").getRange("A1:C5"), dest.getRange("A1"));
        pivot.rowHierarchies.add(pivot.hierarchies.getItem("Region"));
        const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Profit"));
        data.summarizeBy = "Count";
        data.name = "Clients";
        const cells = dest.getRange("A1:B2").load("values");
        await context.sync();
        expect(cells.values).toEqual([["Row Labels", "Clients"], ["East", 1]]);
        expect(renders).toHaveBeenCalledTimes(1);
      });
    } finally {
      renders.mockRestore();
    }
  });

  test("a pivot from a table; count of a text field; workbook.pivotTables; delete clears its cells", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const table = s.tables.add("A1:C5", true);
      const pivot = s.pivotTables.add("ByClient", table, "Sheet1!F1");
      pivot.rowHierarchies.add(pivot.hierarchies.getItem("Region"));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem("Client"));
      const found = context.workbook.pivotTables.getItem("ByClient").layout.getRange().load("values");
      await context.sync();
      expect(found.values[0]).toEqual(["Row Labels", "Count of Client"]);
      expect(found.values[4]).toEqual(["Grand Total", 4]);
      context.workbook.pivotTables.getItem("ByClient").delete();
    });
    expect(wb.cell("Sheet1", "F1").value).toBeNull();
    expect(wb.sheet("Sheet1").pivots).toHaveLength(0);
  });

  test("writing into pivot output fails; a source without headers and a duplicate name fail", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", clients));
    const into = await failure(run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const p = s.pivotTables.add("P", s.getRange("A1:C5"), s.getRange("F1"));
      p.rowHierarchies.add(p.hierarchies.getItem("Region"));
      await context.sync();
      s.getRange("F2").values = [["x"]];
      await context.sync();
    }));
    expect(into.code).toBe("InvalidOperation");
    const dup = await failure(run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.pivotTables.add("P", s.getRange("A1:C5"), s.getRange("J1"));
      await context.sync();
    }));
    expect(dup.code).toBe("InvalidArgument");
    const noHeaders = await failure(run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.pivotTables.add("Q", s.getRange("A10:C12"), s.getRange("J1"));
      await context.sync();
    }));
    expect(noHeaders.code).toBe("InvalidArgument");
  });
});

describe("charts", () => {
  test("add from a range, series values and types, secondary axis, title, position, delete", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Client", "Profit", "Cumulative"], ["Acme", 100, 0.6], ["Beta", 50, 0.9], ["Corp", 20, 1]]));
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const chart = s.charts.add("ColumnClustered", s.getRange("A1:B4"), "Columns");
      chart.title.text = "Pareto";
      chart.name = "ParetoChart";
      const line = chart.series.add("Cumulative share");
      line.setValues(s.getRange("C2:C4"));
      line.setXAxisValues(s.getRange("A2:A4"));
      line.chartType = "Line";
      line.axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").maximum = 1;
      chart.setPosition("E2", "L20");
      const first = chart.series.getItemAt(0).load("name, chartType");
      const firstValues = chart.series.getItemAt(0).getDimensionValues("Values");
      chart.series.load("items/name");
      await context.sync();
      expect(first.name).toBe("Profit");
      expect(firstValues.value).toEqual(["100", "50", "20"]);
      expect(first.chartType).toBe("ColumnClustered");
      expect(chart.series.items.map((x) => x.name)).toEqual(["Profit", "Cumulative share"]);
    });
    const chart = wb.sheet("Sheet1").charts[0];
    expect(chart).toMatchObject({ name: "ParetoChart", title: { text: "Pareto" }, position: { startCell: "E2", endCell: "L20" } });
    expect(chart.series[1]).toMatchObject({ values: [0.6, 0.9, 1], xValues: ["Acme", "Beta", "Corp"], chartType: "Line", axisGroup: "Secondary" });
    expect(chart.axes["Value/Secondary"]).toMatchObject({ maximum: 1 });
    await run(async (context) => void context.workbook.worksheets.getItem("Sheet1").charts.getItem("ParetoChart").delete());
    expect(wb.sheet("Sheet1").charts).toHaveLength(0);
  });

  test("getItem on a missing chart -> ItemNotFound", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").charts.getItem("Nope").load("name");
      await context.sync();
    }));
    expect(err.code).toBe("ItemNotFound");
  });
});

describe("custom XML parts", () => {
  const ns = "urn:client-rater:profile";
  const xml = `<profile xmlns="${ns}"><json>{"version":1}</json></profile>`;

  test("add, getByNamespace().getOnlyItemOrNullObject(), getXml, getItem(id), delete", async () => {
    const { run } = setup();
    await run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const none = parts.getByNamespace(ns).getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      const added = parts.add(xml).load("id, namespaceUri");
      await context.sync();
      expect(added.namespaceUri).toBe(ns);
      const found = parts.getByNamespace(ns).getOnlyItemOrNullObject();
      const text = found.getXml();
      const byId = parts.getItem(added.id).getXml();
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(text.value).toBe(xml);
      expect(byId.value).toBe(xml);
      found.delete();
      const count = parts.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
  });

  test("malformed XML -> InvalidArgument; unknown id -> ItemNotFound; two parts in one namespace -> getOnlyItem fails", async () => {
    const { run } = setup();
    const bad = await failure(run(async (context) => {
      context.workbook.customXmlParts.add("<a><b></a>");
      await context.sync();
    }));
    expect(bad.code).toBe("InvalidArgument");
    const missing = await failure(run(async (context) => {
      context.workbook.customXmlParts.getItem("{nope}").load("id");
      await context.sync();
    }));
    expect(missing.code).toBe("ItemNotFound");
    const two = await failure(run(async (context) => {
      context.workbook.customXmlParts.add(xml);
      context.workbook.customXmlParts.add(xml);
      context.workbook.customXmlParts.getByNamespace(ns).getOnlyItem().load("id");
      await context.sync();
    }));
    expect(two.code).toBe("InvalidOperation");
  });

  test("ClientResult.value before sync throws", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.customXmlParts.add(xml).getXml();
      expect(() => r.value).toThrow();
      await context.sync();
      expect(r.value).toBe(xml);
    });
  });
});

test("ConditionalFormat.getRanges reports every area; getRange on several areas fails", async () => {
  const { run } = setup();
  await run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    const cf = s.getRange("A1:A10").conditionalFormats.add("DataBar");
    await context.sync();
    s.getRange("A4:A5").conditionalFormats.clearAll(); // splits the format into A1:A3 and A6:A10
    const areas = s.getRange("A1:A10").conditionalFormats.getItemAt(0).getRanges().load("address, areaCount");
    await context.sync();
    expect(areas.areaCount).toBe(2);
    expect(areas.address).toBe("Sheet1!A1:A3,Sheet1!A6:A10");
    void cf;
  });
  const err = await failure(run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").conditionalFormats.getItemAt(0).getRange().load("address");
    await context.sync();
  }));
  expect(err.code).toBe("InvalidOperation");
});

test("Excel.run syncs what the batch left queued", async () => {
  const { wb, run, host } = setup();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["queued"]];
  });
  expect(wb.cell("Sheet1", "A1").value).toBe("queued");
  expect(host.counters.syncs).toBe(1);
});
