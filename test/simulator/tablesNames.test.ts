// Tables: https://learn.microsoft.com/javascript/api/excel/excel.table
// Named items: https://learn.microsoft.com/javascript/api/excel/excel.nameditem
import { failure, setup } from "./helpers";

describe("tables", () => {
  test("add with headers, name, columns, header and body ranges", async () => {
    const { run } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [["Name", "Profit"], ["Acme", 10], ["Beta", 20]]));
    await run(async (context) => {
      const t = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
      t.name = "Clients";
      t.columns.load("items/name");
      const header = t.getHeaderRowRange().load("address, values");
      const body = t.getDataBodyRange().load("address");
      const col = t.columns.getItem("Profit").getDataBodyRange().load("values");
      await context.sync();
      expect(t.columns.items.map((c) => c.name)).toEqual(["Name", "Profit"]);
      expect(header.address).toBe("Sheet1!A1:B1");
      expect(body.address).toBe("Sheet1!A2:B3");
      expect(col.values).toEqual([[10], [20]]);
      const same = context.workbook.tables.getItem("clients").load("name, showTotals");
      await context.sync();
      expect([same.name, same.showTotals]).toEqual(["Clients", false]);
    });
  });

  test("without headers Excel adds Column1.. above the data", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [[1, 2]]));
    await run(async (context) => void context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B1", false));
    expect([wb.cell("Sheet1", "A1").value, wb.cell("Sheet1", "B1").value, wb.cell("Sheet1", "A2").value]).toEqual(["Column1", "Column2", 1]);
  });

  test("rows.add appends and pushes cells below the table down; columns.add adds at the right", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Name", "Profit"], ["Acme", 10], [null, null], ["below", null]]));
    await run(async (context) => {
      const t = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      t.rows.add(undefined, [["Beta", 20], ["Corp", 30]]);
      t.columns.add(undefined, [["Grade"], ["A"], ["B"], ["C"]]);
      const range = t.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:C4");
    });
    expect(wb.cell("Sheet1", "A4").value).toBe("Corp");
    expect(wb.cell("Sheet1", "A6").value).toBe("below");
    expect(wb.cell("Sheet1", "C1").value).toBe("Grade");
  });

  test("rows: load count and items, row values, getItemAt, delete", async () => {
    const { wb, run } = setup(undefined, (w) => w.setCells("Sheet1", "A1", [["Name", "Profit"], ["Acme", 10], ["Beta", 20], ["Corp", 30]]));
    await run(async (context) => {
      const t = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B4", true);
      t.rows.load("items/values, count");
      const second = t.rows.getItemAt(1).load("index, values");
      await context.sync();
      expect(t.rows.count).toBe(3);
      expect(t.rows.items.map((r) => r.values[0][0])).toEqual(["Acme", "Beta", "Corp"]);
      expect([second.index, second.values]).toEqual([1, [["Beta", 20]]]);
      second.values = [["Bravo", 21]];
      t.rows.getItemAt(0).delete();
      const range = t.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B3");
    });
    expect([wb.cell("Sheet1", "A2").value, wb.cell("Sheet1", "A3").value]).toEqual(["Bravo", "Corp"]);
  });

  test("rows.add with the wrong width, overlapping tables and missing tables fail", async () => {
    const { run } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [["a", "b"], [1, 2]]));
    const shape = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).rows.add(undefined, [[1]]);
      await context.sync();
    }));
    expect(shape.code).toBe("InvalidArgument");
    const overlap = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("B1:C2", true);
      await context.sync();
    }));
    expect(overlap.code).toBe("InvalidArgument");
    const missing = await failure(run(async (context) => {
      context.workbook.tables.getItem("Nope").load("name");
      await context.sync();
    }));
    expect(missing.code).toBe("ItemNotFound");
  });
});

describe("named items", () => {
  test("add, getItem, getItemOrNullObject, formula, delete", async () => {
    const { run } = setup();
    await run(async (context) => {
      const names = context.workbook.names;
      names.add("ProfileCell", context.workbook.worksheets.getItem("Sheet1").getRange("B2"), "where the profile lives");
      const n = names.getItem("profilecell").load("name, formula, type, comment");
      const none = names.getItemOrNullObject("Missing");
      await context.sync();
      expect([n.name, n.formula, n.type, n.comment]).toEqual(["ProfileCell", "=Sheet1!$B$2", "Range", "where the profile lives"]);
      expect(none.isNullObject).toBe(true);
      n.delete();
      const after = names.getItemOrNullObject("ProfileCell");
      await context.sync();
      expect(after.isNullObject).toBe(true);
    });
  });

  test.each(["A1", "has space", "1abc", ""])("invalid name %p -> InvalidArgument", async (name) => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.names.add(name, "=Sheet1!A1");
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });

  test("getItem on a missing name -> ItemNotFound", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.names.getItem("Nope").load("name");
      await context.sync();
    }));
    expect(err.code).toBe("ItemNotFound");
  });
});
