// Excel.Range members: https://learn.microsoft.com/javascript/api/excel/excel.range
import { failure, setup } from "./helpers";

async function read(run: ReturnType<typeof setup>["run"], address: string, props: string) {
  return run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange(address).load(props);
    await context.sync();
    return r.toJSON() as Record<string, unknown>;
  });
}

describe("values and formulas", () => {
  // Range.values docs: a value starting with "=" is interpreted as a formula.
  test("a string starting with = written to values becomes a formula", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["=1+1"], ["plain"]];
    });
    expect(wb.cell("Sheet1", "A1").formula).toBe("=1+1");
    expect(wb.cell("Sheet1", "A2")).toMatchObject({ value: "plain", formula: null });
  });

  test("with number format @ (text) a written =x stays text", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.numberFormat = [["@"]];
      r.values = [["=HYPERLINK(\"x\")"]];
    });
    expect(wb.cell("Sheet1", "A1")).toMatchObject({ value: '=HYPERLINK("x")', formula: null });
  });

  test("numeric and boolean text is converted as Excel converts typed input; a leading apostrophe keeps text", async () => {
    const { run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").values = [["42", "TRUE", "'007", "1,234.5"]];
    });
    expect((await read(run, "A1:D1", "values")).values).toEqual([[42, true, "007", 1234.5]]);
    expect((await read(run, "A1:D1", "valueTypes")).valueTypes).toEqual([["Double", "Boolean", "String", "Double"]]);
  });

  test("null in the array leaves a cell unchanged; empty string clears it", async () => {
    const { run } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [[1, 2]]));
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
    });
    expect((await read(run, "A1:B1", "values")).values).toEqual([[1, ""]]);
  });

  test("formulas returns the formula, values the value; empty cells read as empty strings", async () => {
    const { run } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [[3, "=A1*2"]]));
    const r = await read(run, "A1:C1", "values, formulas");
    expect(r.formulas).toEqual([[3, "=A1*2", ""]]);
    expect(r.values).toEqual([[3, "", ""]]); // the simulator does not calculate new formulas (see README)
  });

  test("text applies the number format", async () => {
    const { run } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [[0.256, 1234.5, 45000]]));
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").numberFormat = [["0.0%", "#,##0.00", "yyyy-mm-dd"]];
    });
    expect((await read(run, "A1:C1", "text")).text).toEqual([["25.6%", "1,234.50", "2023-03-15"]]);
  });

  test("numberFormat reads General for unformatted cells", async () => {
    const { run } = setup();
    expect((await read(run, "A1:B1", "numberFormat")).numberFormat).toEqual([["General", "General"]]);
  });
});

describe("navigation", () => {
  test("address, indexes and counts of derived ranges", async () => {
    const { run } = setup();
    const out = await run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const list = [
        base.getCell(1, 2), base.getOffsetRange(1, 1), base.getResizedRange(1, -1), base.getRow(0), base.getColumn(2),
        base.getEntireColumn(), base.getEntireRow(), base.getLastRow(), base.getLastCell(), base.getIntersection("C1:C3"),
        base.getRowsAbove(1), base.getColumnsAfter(2), base.getBoundingRect("F7"),
      ];
      list.forEach((r) => r.load("address"));
      await context.sync();
      return list.map((r) => r.address);
    });
    expect(out).toEqual([
      "Sheet1!D3", "Sheet1!C3:E6", "Sheet1!B2:C6", "Sheet1!B2:D2", "Sheet1!D2:D5", "Sheet1!B:D", "Sheet1!2:5",
      "Sheet1!B5:D5", "Sheet1!D5", "Sheet1!C2:C3", "Sheet1!B1:D1", "Sheet1!E2:F5", "Sheet1!B2:F7",
    ]);
  });

  test("getIntersection of disjoint ranges fails; getIntersectionOrNullObject is null", async () => {
    const { run } = setup();
    await run(async (context) => {
      const a = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const n = a.getIntersectionOrNullObject("D4");
      await context.sync();
      expect(n.isNullObject).toBe(true);
    });
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getIntersection("D4").load("address");
      await context.sync();
    }));
    expect(err.code).toBe("ItemNotFound");
  });

  test("getUsedRange(valuesOnly) ignores formatted empty cells; empty sheet: worksheet.getUsedRange is A1, OrNullObject is null", async () => {
    const { run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const emptyUsed = s.getUsedRange().load("address");
      const emptyNull = s.getUsedRangeOrNullObject();
      await context.sync();
      expect(emptyUsed.address).toBe("Sheet1!A1");
      expect(emptyNull.isNullObject).toBe(true);
      s.getRange("B2:C3").values = [[1, 2], [3, 4]];
      s.getRange("F9").format.fill.color = "#FF0000";
      const all = s.getUsedRange().load("address");
      const values = s.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("Sheet1!B2:F9");
      expect(values.address).toBe("Sheet1!B2:C3");
    });
  });
});

describe("insert, delete, clear", () => {
  test("insert Down moves cells; delete Up brings them back", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [[1], [2], [3]]));
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").insert("Down");
    });
    expect([wb.cell("Sheet1", "A2").value, wb.cell("Sheet1", "A3").value]).toEqual([null, 2]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").delete("Up");
    });
    expect([wb.cell("Sheet1", "A2").value, wb.cell("Sheet1", "A3").value]).toEqual([2, 3]);
  });

  test("an insert that would push data off the grid fails", async () => {
    const { run } = setup(undefined, (w) => w.setCells("Sheet1", "A1048576", [["last row"]]));
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").insert("Down");
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });

  test("a named range moves when columns are inserted or deleted before it, as in Excel", async () => {
    const { run } = setup();
    const address = async () =>
      run(async (context) => {
        const r = context.workbook.names.getItem("Scores").getRange().load("address");
        await context.sync();
        return r.address;
      });
    await run(async (context) => {
      context.workbook.names.add("Scores", context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10"));
    });
    await run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A:B").insert("Right"));
    expect(await address()).toBe("Sheet1!E2:E10");
    await run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A:A").delete("Left"));
    expect(await address()).toBe("Sheet1!D2:D10");
    await run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("5:6").insert("Down"));
    expect(await address()).toBe("Sheet1!D2:D12");
  });

  test("clear(Contents) keeps formats, clear(Formats) keeps values, clear() removes both", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [[1, 2, 3]]));
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:C1").format.fill.color = "yellow";
      s.getRange("A1").clear("Contents");
      s.getRange("B1").clear("Formats");
      s.getRange("C1").clear();
    });
    expect(wb.cell("Sheet1", "A1")).toMatchObject({ value: null, fill: "#FFFF00" });
    expect(wb.cell("Sheet1", "B1").value).toBe(2);
    expect(wb.cell("Sheet1", "B1").fill).toBeUndefined();
    expect(wb.cell("Sheet1", "C1")).toEqual({ value: null, formula: null, numberFormat: "General" });
  });
});

describe("format", () => {
  test("fill, font, alignment, column width, autofit, hidden rows and columns", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["a rather long client name", 1]]));
    const r = await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const a = s.getRange("A1:B1");
      a.format.fill.color = "#c6efce";
      a.format.font.bold = true;
      a.format.font.italic = true;
      a.format.font.color = "#9C0006";
      a.format.horizontalAlignment = "Center";
      s.getRange("B:B").format.columnWidth = 100;
      s.getRange("A:A").format.autofitColumns();
      s.getRange("3:4").rowHidden = true;
      s.getRange("D:D").columnHidden = true;
      const check = s.getRange("A1:B1").load("format/fill/color, format/font/bold, format/horizontalAlignment");
      const width = s.getRange("B1").load("format/columnWidth");
      const hidden = s.getRange("A3:A4").load("rowHidden");
      await context.sync();
      return { fill: check.format.fill.color, bold: check.format.font.bold, align: check.format.horizontalAlignment, width: width.format.columnWidth, hidden: hidden.rowHidden };
    });
    expect(r).toEqual({ fill: "#C6EFCE", bold: true, align: "Center", width: 100, hidden: true });
    expect(wb.sheet("Sheet1").columnWidths.get(0)).toBeGreaterThan(100);
    expect(wb.cell("Sheet1", "A1").font).toEqual({ bold: true, italic: true, color: "#9C0006" });
    expect(wb.sheet("Sheet1").hiddenColumns.has(3)).toBe(true);
  });

  test("mixed fills read as null", async () => {
    const { run } = setup();
    const color = await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").format.fill.color = "red";
      const r = s.getRange("A1:B1").load("format/fill/color");
      await context.sync();
      return r.format.fill.color;
    });
    expect(color).toBeNull();
  });

  test("an unknown color is InvalidArgument", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not-a-color";
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });
});
