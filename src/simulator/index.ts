export { SimWorkbook } from "./simWorkbook";
export { createExcelHost } from "./host";
export type { ExcelHostOptions } from "./host";
export { MAX_UNPACKED_BYTES, PackageTooLargeError } from "./xlsx/packageLimits";
