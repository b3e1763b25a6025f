// The simulator as host for Microsoft's Excel client library, read from the pinned @microsoft/office-js.
import { readFileSync } from "node:fs";
import { createOfficeJsHost, type OfficeJsHost } from "../../src/simulator/richApi";
import type { ExcelHostOptions } from "../../src/simulator/index";
import type { WorkbookModel } from "../../src/simulator/model/workbook";

let source: string | undefined;

function officeJsSource(): string {
  source ??= readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  return source;
}

export function officeJsHost(workbook: WorkbookModel, options?: ExcelHostOptions): OfficeJsHost {
  return createOfficeJsHost(workbook, officeJsSource(), options);
}
