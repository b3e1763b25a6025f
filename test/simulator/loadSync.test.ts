// Load/sync semantics: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
import { failure, setup } from "./helpers";

describe("load and sync", () => {
  test("reading values without load fails with PropertyNotLoaded (as Excel does)", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values));
    expect(err.code).toBe("PropertyNotLoaded");
    expect(err.message).toContain("call the load method");
  });

  test("load without sync is not enough", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("values");
      return r.values;
    }));
    expect(err.code).toBe("PropertyNotLoaded");
  });

  test("loading one property does not load another", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("address");
      await context.sync();
      expect(r.address).toBe("Sheet1!A1");
      return r.values;
    }));
    expect(err.code).toBe("PropertyNotLoaded");
  });

  test("load accepts a string, an array, an object and { select }", async () => {
    const { run } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [[1, 2]]));
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const a = s.getRange("A1:B1").load("values, address");
      const b = s.getRange("A1:B1").load(["rowCount", "columnCount"]);
      const c = s.getRange("A1:B1").load({ values: true, format: { fill: { color: true } } });
      const d = s.getRange("A1:B1").load({ select: "text, format/font/bold" });
      await context.sync();
      expect(a.values).toEqual([[1, 2]]);
      expect(a.address).toBe("Sheet1!A1:B1");
      expect([b.rowCount, b.columnCount]).toEqual([1, 2]);
      expect(c.format.fill.color).toBe("#FFFFFF");
      expect(d.text).toEqual([["1", "2"]]);
      expect(d.format.font.bold).toBe(false);
    });
  });

  test("load() with no argument loads scalar properties", async () => {
    const { run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1").load();
      await context.sync();
      expect(s.name).toBe("Sheet1");
      expect(s.position).toBe(0);
      expect(s.visibility).toBe("Visible");
    });
  });

  test("a property set on the proxy reads back without load (Office.js keeps the written value)", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [["x"]];
      expect(r.values).toEqual([["x"]]);
    });
  });

  test("queued writes apply only at sync, in order", async () => {
    const { wb, run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[1]];
      r.values = [[2]];
      expect(wb.cell("Sheet1", "A1").value).toBeNull();
      await context.sync();
      expect(wb.cell("Sheet1", "A1").value).toBe(2);
    });
  });

  test("a load sees the writes queued before it in the same batch", async () => {
    const { run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").values = [[5]];
      const r = s.getRange("A1").load("values");
      s.getRange("A1").values = [[6]];
      await context.sync();
      expect(r.values).toEqual([[5]]);
    });
  });

  test("collections: items need load; load('items/name') and getCount()", async () => {
    const { run } = setup(undefined, (wb) => wb.addSheet("Two"));
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      const count = sheets.getCount();
      expect(() => count.value).toThrow();
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Two"]);
      expect(count.value).toBe(2);
    });
  });

  test("OrNullObject: isNullObject after sync, without load", async () => {
    const { run } = setup();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("properties of a null object read as undefined", async () => {
    const { run } = setup();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  // Microsoft documents no behaviour for these: the simulator refuses them rather than guess they are ignored.
  test.each([
    ["a write through it", (sheet: Excel.Worksheet) => void (sheet.getRange("A1").values = [["lost"]])],
    ["a method call on it", (sheet: Excel.Worksheet) => sheet.delete()],
  ])("%s fails the sync with ItemNotFound, applying nothing after it", async (_name, act) => {
    const { wb, run } = setup();
    const err = await failure(run(async (context) => {
      act(context.workbook.worksheets.getItemOrNullObject("Nope"));
      context.workbook.worksheets.add("After");
      await context.sync();
    }));
    expect(err.code).toBe("ItemNotFound");
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test("getItem on a missing sheet fails at sync with ItemNotFound", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync();
    }));
    expect(err.code).toBe("ItemNotFound");
  });

  test("trackedObjects.add/remove and untrack are accepted", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      context.trackedObjects.add(r);
      r.untrack();
      context.trackedObjects.remove(r);
      r.load("address");
      await context.sync();
      expect(r.address).toBe("Sheet1!A1");
    });
  });
});

describe("errors at sync", () => {
  test("when an operation fails, those before it in that sync are applied and later ones are not", async () => {
    const { wb, run } = setup();
    const err = await failure(run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").values = [["before"]];
      s.getRange("A2:B2").values = [["only one"]];
      s.getRange("A3").values = [["after"]];
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBeDefined();
    expect(wb.cell("Sheet1", "A1").value).toBe("before");
    expect(wb.cell("Sheet1", "A3").value).toBeNull();
  });

  test("loads in a failed sync deliver nothing", async () => {
    const { run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A1").load("values");
      s.getRange("A1:B1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("failAtSync: n makes the n-th sync fail with GeneralException before applying anything", async () => {
    const { wb, run, host } = setup({ failAtSync: 2 });
    const err = await failure(run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").values = [[1]];
      await context.sync();
      s.getRange("A2").values = [[2]];
      await context.sync();
    }));
    expect(err.code).toBe("GeneralException");
    expect(wb.cell("Sheet1", "A1").value).toBe(1);
    expect(wb.cell("Sheet1", "A2").value).toBeNull();
    expect(host.counters.syncs).toBe(2);
  });
});
