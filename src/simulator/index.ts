export { SimWorkbook } from "./simWorkbook";
export { createExcelHost } from "./host";
export type { ExcelHost, ExcelHostOptions, ExcelRun, SimOffice, SimSettings } from "./host";
export type { SimCounters } from "./api/counters";
export { SimError } from "./errors";
export type { SimErrorCode } from "./errors";
export type { CellView } from "./model/workbook";
export { MAX_UNPACKED_BYTES, PackageTooLargeError } from "./xlsx/packageLimits";
