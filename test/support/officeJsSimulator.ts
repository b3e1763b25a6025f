// The simulator's public module with createExcelHost answering through Microsoft's Excel client library: the
// "officejs" jest project maps src/simulator to this file, so chosen Excel test files run unchanged the other
// way (Office.js builds every request, the simulator executes it).
import { createExcelHost as createSimulatorHost } from "../../src/simulator/index";
import type { ExcelHostOptions } from "../../src/simulator/index";
import type { WorkbookModel } from "../../src/simulator/model/workbook";
import { officeJsHost } from "./officeJsHost";

export * from "../../src/simulator/index";

export const createExcelHost: typeof createSimulatorHost = (workbook: WorkbookModel, options?: ExcelHostOptions) => {
  const host = officeJsHost(workbook, options);
  return host.asExcelHost;
};

/** Tells a test it runs through Office.js, for a figure that is the direct path's own (see test/excel/scale.test.ts). */
export const throughOfficeJs = true;
