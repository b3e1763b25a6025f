// Limits and counters.
// Payload: "Excel on the web limits requests and responses to 5 MB"
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// Grid: 1,048,576 rows by 16,384 columns https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
import { failure, setup } from "./helpers";

const bigText = (bytes: number) => "x".repeat(bytes);

describe("payload limit", () => {
  test("a 6 MB batch fails with RequestPayloadSizeLimitExceeded and nothing of it is applied", async () => {
    const { wb, run, host } = setup();
    const rows = Array.from({ length: 600 }, () => [bigText(10_000)]); // ~6 MB of values
    const err = await failure(run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("C1").values = [["small write first"]];
      s.getRange("A1:A600").values = rows;
      await context.sync();
    }));
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.cell("Sheet1", "C1").value).toBeNull();
    expect(wb.cell("Sheet1", "A1").value).toBeNull();
    expect(host.counters.requestBytes[0]).toBeGreaterThan(6_000_000);
  });

  test("the same data in chunks under 5 MB goes through", async () => {
    const { wb, run, host } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < 600; start += 200) {
        s.getRange(`A${start + 1}:A${start + 200}`).values = Array.from({ length: 200 }, () => [bigText(10_000)]);
        await context.sync();
      }
    });
    expect(wb.cell("Sheet1", "A600").value).toHaveLength(10_000);
    expect(host.counters.requestBytes.every((b) => b < 5 * 1024 * 1024)).toBe(true);
  });

  test("a response over the limit fails the sync (reading too much at once)", async () => {
    const { run } = setup({ payloadLimitBytes: 100_000 }, (wb) => wb.setCells("Sheet1", "A1", Array.from({ length: 20 }, () => [bigText(10_000)])));
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A20").load("values");
      await context.sync();
    }));
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("counters", () => {
  test("syncs, request and response bytes per sync, proxies created; reset()", async () => {
    const { run, host } = setup(undefined, (wb) => wb.setCells("Sheet1", "A1", [["hello"]]));
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("values");
      await context.sync();
      r.values = [["a much longer value than before"]];
      await context.sync();
    });
    expect(host.counters.syncs).toBe(2);
    expect(host.counters.requestBytes).toHaveLength(2);
    expect(host.counters.requestBytes[1]).toBeGreaterThan(host.counters.requestBytes[0]);
    expect(host.counters.responseBytes[0]).toBeGreaterThan(host.counters.responseBytes[1]);
    expect(host.counters.proxiesCreated).toBeGreaterThanOrEqual(2);
    host.counters.reset();
    expect(host.counters).toMatchObject({ syncs: 0, requestBytes: [], responseBytes: [], proxiesCreated: 0, suspendApiCalculation: 0 });
  });

  test("a sync with nothing queued is not a round trip", async () => {
    const { run, host } = setup();
    await run(async (context) => {
      await context.sync();
    });
    expect(host.counters.syncs).toBe(0);
  });
});

describe("grid and shape", () => {
  test("writing a 2x2 array into a 3x3 range fails with InvalidArgument", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3").values = [[1, 2], [3, 4]];
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
    // Excel's message, as reported in https://github.com/OfficeDev/office-js/issues/1025
    expect(err.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  });

  test("a single value (not an array) for a multi-cell range is refused", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      // a bare number where the types ask for a grid, as plain JavaScript callers can write it
      Reflect.set(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1"), "values", 5);
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });

  test("ragged rows are refused", async () => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2], [3]];
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });

  test.each(["A1:XFE1", "A1048577", "A0", "1A", "A1:B2:C3", "Sheet1!!A1", ""])("getRange(%p) beyond the grid or malformed -> InvalidArgument", async (address) => {
    const { run } = setup();
    const err = await failure(run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address === "" ? "A:" : address).load("address");
      await context.sync();
    }));
    expect(err.code).toBe("InvalidArgument");
  });

  test("the last cell of the grid is addressable", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("XFD1048576").load("address, rowIndex, columnIndex");
      await context.sync();
      expect([r.address, r.rowIndex, r.columnIndex]).toEqual(["Sheet1!XFD1048576", 1_048_575, 16_383]);
    });
  });

  test("getRangeByIndexes and getOffsetRange past the grid -> InvalidArgument", async () => {
    const { run } = setup();
    for (const make of [
      (s: Excel.Worksheet) => s.getRangeByIndexes(1_048_576, 0, 1, 1),
      (s: Excel.Worksheet) => s.getRangeByIndexes(0, 16_380, 1, 5),
      (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0),
    ]) {
      const err = await failure(run(async (context) => {
        make(context.workbook.worksheets.getItem("Sheet1")).load("address");
        await context.sync();
      }));
      expect(err.code).toBe("InvalidArgument");
    }
  });
});

test("reading values of more than five million cells fails (Excel's get limit); the address of such a range is fine", async () => {
  const { run } = setup();
  const err = await failure(run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
    await context.sync();
  }));
  expect(err.code).toBe("GeneralException");
  await run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("address, cellCount");
    await context.sync();
    expect([r.address, r.cellCount]).toEqual(["Sheet1!A:E", 5 * 1_048_576]);
  });
});

describe("requirement sets", () => {
  test("isSetSupported answers from options.requirementSets (default ExcelApi 1.17)", () => {
    expect(setup().host.office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(setup().host.office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    const old = setup({ requirementSets: { ExcelApi: "1.12" } }).host.office.context.requirements;
    expect(old.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(old.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(old.isSetSupported("ExcelApi")).toBe(true);
    expect(old.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  test("install() sets globalThis.Excel and globalThis.Office", async () => {
    const { host } = setup();
    host.install();
    expect(Office.context).toBe(host.office.context);
    const name = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return s.name;
    });
    expect(name).toBe("Sheet1");
  });

  test("document settings keep JSON values", () => {
    const { host, wb } = setup();
    host.office.context.document.settings.set("profile", { version: 1 });
    expect(host.office.context.document.settings.get("profile")).toEqual({ version: 1 });
    expect(wb.settings.get("profile")).toEqual({ version: 1 });
  });
});
