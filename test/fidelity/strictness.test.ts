// The simulator's strictness, measured. Each Excel rule the simulator models is listed with the Microsoft
// page (or Microsoft-side report) that states it, a right use that must pass and a wrong use (the right
// use with one mutation) that must be rejected with Excel's error code. What the simulator does not model
// (src/simulator/README.md) is listed as known gaps, each asserting today's behaviour.
import { readFileSync } from "fs";
import path from "path";
import { SimWorkbook, createExcelHost } from "../../src/simulator";

jest.setTimeout(120_000);

type Ctx = Excel.RequestContext;
type Host = ReturnType<typeof createExcelHost>;

interface Behaviour {
  rule: string;
  doc: string;
  /** Error codes Excel gives for the wrong use (more than one where Microsoft's pages differ by platform). */
  codes: string[];
  setup?: (wb: SimWorkbook) => void;
  right: (host: Host) => Promise<unknown>;
  wrong: (host: Host) => Promise<unknown>;
}

const DOCS = {
  load: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load",
  sync: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync",
  clientResult: "https://learn.microsoft.com/javascript/api/office/officeextension.clientresult",
  orNull: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties",
  values: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member (message as reported in https://github.com/OfficeDev/office-js/issues/1025)",
  formulas: "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member",
  payload: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  protection: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection (AccessDenied as returned for locked cells: https://github.com/microsoftgraph/microsoft-graph-docs/issues/4546)",
  errors: "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling#error-codes",
  getItem: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)",
  addSheet: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)",
  sheetName: "https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9",
  grid: "https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3",
  getRange: "https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1) (InvalidArgument at Worksheet.getRange: https://github.com/OfficeDev/office-js/issues/1561)",
  names: "https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)",
  customXml: "https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-add-member(1)",
  tables: "https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)",
  tracked: "https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects",
  errorCodes: "https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes",
  deleteSheet: "https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)",
};

const sheetOf = (context: Ctx, name = "Clients") => context.workbook.worksheets.getItem(name);
const withClients = (wb: SimWorkbook) => {
  wb.addSheet("Clients");
  wb.setCells("Clients", "A1", [["Client", "Revenue"], ["Acme", 100], ["Bolt", 50]]);
};
const grid = (rows: number, cols: number, text: string) => Array.from({ length: rows }, () => Array<string>(cols).fill(text));
/** 60,000 x 10 cells of 10 characters: about 8 MB of JSON, over the 5 MB limit; 30,000 rows is under it. */
const BIG_ROWS = 60_000;

const behaviours: Behaviour[] = [
  {
    rule: "a property is read only after load() and sync()",
    doc: DOCS.load,
    codes: ["PropertyNotLoaded"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("B2"); r.load("values"); await c.sync(); return r.values; }),
    wrong: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("B2"); await c.sync(); return r.values; }),
  },
  {
    rule: "a loaded property has no value before sync()",
    doc: DOCS.sync,
    codes: ["PropertyNotLoaded"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("B2"); r.load("values"); await c.sync(); return r.values; }),
    wrong: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("B2"); r.load("values"); return r.values; }),
  },
  {
    rule: "a ClientResult has its value only after sync()",
    doc: DOCS.clientResult,
    codes: ["ValueNotLoaded", "PropertyNotLoaded"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const n = c.workbook.worksheets.getCount(); await c.sync(); return n.value; }),
    wrong: (h) => h.run(async (c) => { const n = c.workbook.worksheets.getCount(); return n.value; }),
  },
  {
    rule: "isNullObject of an *OrNullObject proxy is known only after sync()",
    doc: DOCS.orNull,
    codes: ["PropertyNotLoaded"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const s = c.workbook.worksheets.getItemOrNullObject("Nope"); await c.sync(); return s.isNullObject; }),
    wrong: (h) => h.run(async (c) => { const s = c.workbook.worksheets.getItemOrNullObject("Nope"); return s.isNullObject; }),
  },
  {
    rule: "values written must have the range's shape",
    doc: DOCS.values,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { sheetOf(c).getRange("D1:E2").values = [[1, 2], [3, 4]]; await c.sync(); }),
    wrong: (h) => h.run(async (c) => { sheetOf(c).getRange("D1:E2").values = [[1, 2, 3], [4, 5, 6]]; await c.sync(); }),
  },
  {
    rule: "formulas written must have the range's shape",
    doc: DOCS.formulas,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { sheetOf(c).getRange("D2:D3").formulas = [["=B2*2"], ["=B3*2"]]; await c.sync(); }),
    wrong: (h) => h.run(async (c) => { sheetOf(c).getRange("D2:D3").formulas = [["=B2*2"]]; await c.sync(); }),
  },
  {
    rule: "cell values are numbers, text, booleans or null, not objects",
    doc: DOCS.values,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { sheetOf(c).getRange("D1").values = [["text"]]; await c.sync(); }),
    wrong: (h) => h.run(async (c) => { sheetOf(c).getRange("D1").values = [[{ not: "a value" } as unknown as string]]; await c.sync(); }),
  },
  {
    rule: "a request over 5 MB is refused (write in chunks)",
    doc: DOCS.payload,
    codes: ["RequestPayloadSizeLimitExceeded"],
    setup: withClients,
    right: (h) => h.run(async (c) => {
      const half = BIG_ROWS / 2;
      sheetOf(c).getRangeByIndexes(10, 0, half, 10).values = grid(half, 10, "0123456789");
      await c.sync();
      sheetOf(c).getRangeByIndexes(10 + half, 0, half, 10).values = grid(half, 10, "0123456789");
      await c.sync();
    }),
    wrong: (h) => h.run(async (c) => {
      sheetOf(c).getRangeByIndexes(10, 0, BIG_ROWS, 10).values = grid(BIG_ROWS, 10, "0123456789");
      await c.sync();
    }),
  },
  {
    rule: "a response over 5 MB is refused (read in chunks)",
    doc: DOCS.payload,
    codes: ["ResponsePayloadSizeLimitExceeded"],
    setup: (wb) => {
      wb.addSheet("Clients");
      wb.setCells("Clients", "A1", grid(BIG_ROWS, 10, "0123456789"));
    },
    right: (h) => h.run(async (c) => {
      const a = sheetOf(c).getRangeByIndexes(0, 0, BIG_ROWS / 2, 10).load("values");
      await c.sync();
      const b = sheetOf(c).getRangeByIndexes(BIG_ROWS / 2, 0, BIG_ROWS / 2, 10).load("values");
      await c.sync();
      return a.values.length + b.values.length;
    }),
    wrong: (h) => h.run(async (c) => {
      const all = sheetOf(c).getRangeByIndexes(0, 0, BIG_ROWS, 10).load("values");
      await c.sync();
      return all.values.length;
    }),
  },
  {
    rule: "cells of a protected sheet cannot be written",
    doc: DOCS.protection,
    codes: ["AccessDenied"],
    setup: withClients,
    right: (h) => h.run(async (c) => {
      sheetOf(c).protection.protect();
      sheetOf(c).protection.unprotect();
      await c.sync();
      sheetOf(c).getRange("D1").values = [["x"]];
      await c.sync();
    }),
    wrong: (h) => h.run(async (c) => {
      sheetOf(c).protection.protect();
      await c.sync();
      sheetOf(c).getRange("D1").values = [["x"]];
      await c.sync();
    }),
  },
  {
    rule: "getItem of a missing sheet fails (getItemOrNullObject does not)",
    doc: DOCS.getItem,
    codes: ["ItemNotFound"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const s = c.workbook.worksheets.getItemOrNullObject("Prospects").load("name"); await c.sync(); return s.isNullObject; }),
    wrong: (h) => h.run(async (c) => { const s = c.workbook.worksheets.getItem("Prospects").load("name"); await c.sync(); return s.name; }),
  },
  {
    rule: "a range ends at row 1,048,576 and column XFD",
    doc: DOCS.grid,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const r = sheetOf(c).getRangeByIndexes(1_048_575, 16_383, 1, 1).load("address"); await c.sync(); return r.address; }),
    wrong: (h) => h.run(async (c) => { const r = sheetOf(c).getRangeByIndexes(1_048_575, 16_383, 2, 1).load("address"); await c.sync(); return r.address; }),
  },
  {
    rule: "an address outside the grid is invalid",
    doc: DOCS.getRange,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("XFD1048576").load("address"); await c.sync(); return r.address; }),
    wrong: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("XFE1").load("address"); await c.sync(); return r.address; }),
  },
  {
    rule: "two sheets cannot share a name (case-insensitive)",
    doc: DOCS.addSheet,
    codes: ["ItemAlreadyExists"],
    setup: withClients,
    right: (h) => h.run(async (c) => { c.workbook.worksheets.add("Clients 2"); await c.sync(); }),
    wrong: (h) => h.run(async (c) => { c.workbook.worksheets.add("CLIENTS"); await c.sync(); }),
  },
  {
    rule: "a sheet name has at most 31 characters and none of / \\ ? * : [ ]",
    doc: DOCS.sheetName,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { c.workbook.worksheets.add("Pareto 80-20"); await c.sync(); }),
    wrong: (h) => h.run(async (c) => { c.workbook.worksheets.add("Pareto 80/20"); await c.sync(); }),
  },
  {
    rule: "a defined name is unique in the workbook",
    doc: DOCS.names,
    codes: ["ItemAlreadyExists"],
    setup: withClients,
    right: (h) => h.run(async (c) => { c.workbook.names.add("RaterScore", sheetOf(c).getRange("B2:B3")); await c.sync(); }),
    wrong: (h) => h.run(async (c) => {
      c.workbook.names.add("RaterScore", sheetOf(c).getRange("B2:B3"));
      c.workbook.names.add("RaterScore", sheetOf(c).getRange("A2:A3"));
      await c.sync();
    }),
  },
  {
    rule: "a custom XML part must be well-formed XML",
    doc: DOCS.customXml,
    codes: ["InvalidArgument"],
    setup: withClients,
    right: (h) => h.run(async (c) => { c.workbook.customXmlParts.add(`<profiles xmlns="urn:test">{}</profiles>`); await c.sync(); }),
    wrong: (h) => h.run(async (c) => { c.workbook.customXmlParts.add(`<profiles xmlns="urn:test">{}</profile>`); await c.sync(); }),
  },
  {
    rule: "tables cannot overlap",
    doc: DOCS.tables,
    codes: ["InvalidArgument", "InvalidOperation"],
    setup: withClients,
    right: (h) => h.run(async (c) => { sheetOf(c).tables.add("A1:B3", true); sheetOf(c).tables.add("E1:F3", true); await c.sync(); }),
    wrong: (h) => h.run(async (c) => { sheetOf(c).tables.add("A1:B3", true); sheetOf(c).tables.add("B1:C3", true); await c.sync(); }),
  },
  {
    rule: "a deleted sheet cannot be used",
    doc: DOCS.deleteSheet,
    codes: ["ItemNotFound", "InvalidObjectPath"],
    setup: (wb) => { withClients(wb); wb.addSheet("Old"); },
    right: (h) => h.run(async (c) => { const s = sheetOf(c, "Old"); s.getRange("A1").values = [["x"]]; await c.sync(); s.delete(); await c.sync(); }),
    wrong: (h) => h.run(async (c) => { const s = sheetOf(c, "Old"); s.delete(); await c.sync(); s.getRange("A1").values = [["x"]]; await c.sync(); }),
  },
  {
    rule: "an API above the requirement sets this Excel supports fails (ApiNotFound)",
    doc: DOCS.errors,
    codes: ["ApiNotFound"],
    setup: withClients,
    right: (h) => h.run(async (c) => { sheetOf(c).pivotTables.add("P", sheetOf(c).getRange("A1:B3"), sheetOf(c).getRange("E1")); await c.sync(); }),
    wrong: (h) => {
      const old = createExcelHost(hostWorkbook.get(h)!, { requirementSets: { ExcelApi: "1.7" } });
      return old.run(async (c) => { sheetOf(c).pivotTables.add("P", sheetOf(c).getRange("A1:B3"), sheetOf(c).getRange("E1")); await c.sync(); });
    },
  },
  {
    rule: "a proxy cannot be passed to a method of another request context",
    doc: DOCS.errorCodes,
    codes: ["InvalidRequestContext"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const a = sheetOf(c).getRange("A1:B3"); const r = sheetOf(c).getRange("B2:C4").getIntersection(a).load("address"); await c.sync(); return r.address; }),
    wrong: async (h) => {
      const stale = await h.run(async (c) => sheetOf(c).getRange("A1:B3"));
      return h.run(async (c) => { const r = sheetOf(c).getRange("B2:C4").getIntersection(stale).load("address"); await c.sync(); return r.address; });
    },
  },
  {
    rule: "a proxy is not usable after its Excel.run batch ended (unless tracked)",
    doc: DOCS.tracked,
    codes: ["InvalidObjectPath"],
    setup: withClients,
    right: (h) => h.run(async (c) => { const r = sheetOf(c).getRange("D1"); r.values = [["x"]]; await c.sync(); }),
    wrong: async (h) => {
      const stale = await h.run(async (c) => sheetOf(c).getRange("D1"));
      stale.values = [["x"]];
      await stale.context.sync();
    },
  },
];

/**
 * What src/simulator/README.md lists under "What is not modelled", each as the simulator's current,
 * asserted behaviour beside what Excel does. Closing a gap makes its test fail: then change the test
 * (move the rule up to `behaviours` when Excel rejects something) and the README together.
 */
interface KnownGap {
  /** Words of the README's "What is not modelled" that state this gap. */
  readme: string;
  /** What Excel does instead. */
  excel: string;
  doc: string;
  setup?: (wb: SimWorkbook) => void;
  /** Asserts what the simulator does today. */
  current: (host: Host) => Promise<void>;
}

const API = "https://learn.microsoft.com/javascript/api/excel";

const knownGaps: KnownGap[] = [
  {
    readme: "**No calculation.**",
    excel: "calculates =B2*2 to 200 before the values are read back",
    doc: DOCS.formulas,
    setup: withClients,
    current: (h) => h.run(async (c) => {
      sheetOf(c).getRange("D2").formulas = [["=B2*2"]];
      await c.sync();
      const read = sheetOf(c).getRange("D2").load("values,formulas");
      await c.sync();
      expect({ values: read.values, formulas: read.formulas }).toEqual({ values: [[""]], formulas: [["=B2*2"]] });
    }),
  },
  {
    readme: "3-D references",
    excel: "moves =SUM(Clients:Other!B3) to B4 when a row is inserted above row 3 of Clients",
    doc: `${API}/excel.range#excel-excel-range-insert-member(1)`,
    setup: (wb) => { withClients(wb); wb.addSheet("Other"); },
    current: (h) => h.run(async (c) => {
      const other = sheetOf(c, "Other");
      other.getRange("A1:A2").formulas = [["=SUM(Clients:Other!B3)"], ["=Clients!B3"]];
      await c.sync();
      sheetOf(c).getRange("2:2").insert("Down");
      await c.sync();
      const read = other.getRange("A1:A2").load("formulas");
      await c.sync();
      // The plain reference moves (modelled); the 3-D one stays as written.
      expect(read.formulas).toEqual([["=SUM(Clients:Other!B3)"], ["=Clients!B4"]]);
    }),
  },
  {
    readme: "Dates written as text are not turned into serial numbers",
    excel: "stores the text 2026-01-31 written as a value as the date serial 46053 (en-US)",
    doc: DOCS.values,
    setup: withClients,
    current: (h) => h.run(async (c) => {
      sheetOf(c).getRange("D2").values = [["2026-01-31"]];
      await c.sync();
      const read = sheetOf(c).getRange("D2").load("values");
      await c.sync();
      expect(read.values).toEqual([["2026-01-31"]]);
    }),
  },
  {
    readme: "Not implemented: events",
    excel: "has Range.sort, Range.dataValidation, RangeFormat.borders and Worksheet.onChanged",
    doc: `${API}/excel.range#excel-excel-range-sort-member`,
    setup: withClients,
    current: (h) => h.run(async (c) => {
      const range = sheetOf(c).getRange("A1:B3") as unknown as Record<string, unknown>;
      const format = sheetOf(c).getRange("A1:B3").format as unknown as Record<string, unknown>;
      const sheet = sheetOf(c) as unknown as Record<string, unknown>;
      expect([typeof range.sort, typeof range.dataValidation, typeof format.borders, typeof sheet.onChanged]).toEqual(["undefined", "undefined", "undefined", "undefined"]);
    }),
  },
  {
    readme: "filter criteria (no row is ever hidden by a filter)",
    excel: "hides the rows the criteria leave out",
    doc: `${API}/excel.autofilter#excel-excel-autofilter-apply-member(1)`,
    setup: withClients,
    current: async (h) => {
      const code = await rejection(() => h.run(async (c) => {
        sheetOf(c).autoFilter.apply(sheetOf(c).getRange("A1:B3"), 1, { filterOn: "Custom", criterion1: ">60" });
        await c.sync();
      }));
      expect(code).toBe("InvalidOperation");
    },
  },
  {
    readme: "Formatting whole rows or columns formats only their used part",
    excel: "bolds a cell written later anywhere in a column made bold",
    doc: `${API}/excel.range#excel-excel-range-format-member`,
    setup: withClients,
    current: (h) => h.run(async (c) => {
      sheetOf(c).getRange("B:B").format.font.bold = true;
      await c.sync();
      sheetOf(c).getRange("B10").values = [[5]];
      await c.sync();
      const used = sheetOf(c).getRange("B3").format.font.load("bold");
      const later = sheetOf(c).getRange("B10").format.font.load("bold");
      await c.sync();
      expect([used.bold, later.bold]).toEqual([true, false]);
    }),
  },
  {
    readme: "Tracking does not adjust a range proxy's address across syncs",
    excel: "moves a tracked B3 to B4 when a row is inserted above it, so it still reads Bolt's 50",
    doc: DOCS.tracked,
    setup: withClients,
    current: (h) => h.run(async (c) => {
      const tracked = sheetOf(c).getRange("B3");
      c.trackedObjects.add(tracked);
      sheetOf(c).getRange("2:2").insert("Down");
      await c.sync();
      const after = tracked.load("address,values");
      await c.sync();
      expect({ address: after.address, values: after.values }).toEqual({ address: "Clients!B3", values: [[100]] });
    }),
  },
];

async function rejection(use: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await use();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? `no code: ${String(error)}`;
  }
}

/** The workbook behind each host, for rules that need a second host (an older Excel) on the same data. */
const hostWorkbook = new WeakMap<Host, SimWorkbook>();

function hostFor(behaviour: Behaviour): Host {
  const workbook = SimWorkbook.empty();
  behaviour.setup?.(workbook);
  const host = createExcelHost(workbook);
  hostWorkbook.set(host, workbook);
  return host;
}

const tally = { modelled: behaviours.length, rejected: 0, gaps: knownGaps.length };

describe("simulator strictness: each modelled Excel rule rejects its wrong use", () => {
  test.each(behaviours.map((b) => [b.rule, b] as const))("%s", async (_rule, behaviour) => {
    expect(await rejection(() => behaviour.right(hostFor(behaviour)))).toBeUndefined();
    const code = await rejection(() => behaviour.wrong(hostFor(behaviour)));
    expect(behaviour.codes).toContain(code);
    tally.rejected++;
  });
});

describe("known gaps: what src/simulator/README.md says is not modelled, as the simulator behaves today", () => {
  test.each(knownGaps.map((g) => [g.readme, g] as const))("%s", async (_readme, gap) => {
    const workbook = SimWorkbook.empty();
    gap.setup?.(workbook);
    await gap.current(createExcelHost(workbook));
  });

  test("the list matches the README: every bullet of 'What is not modelled' has a gap here, every gap is in it", () => {
    const readme = readFileSync(path.join(__dirname, "../../src/simulator/README.md"), "utf8");
    const section = readme.split("## What is not modelled")[1].split("\n## ")[0];
    const bullets = section.split(/\n- /).slice(1).map((b) => b.replace(/\s+/g, " "));
    expect(bullets.length).toBeGreaterThan(0);
    for (const bullet of bullets) expect([bullet, knownGaps.some((g) => bullet.includes(g.readme))]).toEqual([bullet, true]);
    for (const gap of knownGaps) expect([gap.readme, bullets.some((b) => b.includes(gap.readme))]).toEqual([gap.readme, true]);
  });
});

test("every rule and gap names the Microsoft page that states it", () => {
  for (const b of [...behaviours, ...knownGaps]) expect(b.doc).toMatch(/^https:\/\/(learn\.microsoft\.com|support\.microsoft\.com|github\.com)\//);
});

afterAll(() => {
  console.log(
    `Simulator strictness: ${tally.rejected} of ${tally.modelled} modelled Excel rules rejected their wrong use; ` +
      `${tally.gaps} known gap(s) not modelled: ${knownGaps.map((g) => g.readme).join("; ")}`,
  );
});
