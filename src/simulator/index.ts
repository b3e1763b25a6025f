export { SimWorkbook } from "./simWorkbook";
export { createExcelHost } from "./host";
export type { ExcelHostOptions } from "./host";
export { MAX_UNPACKED_BYTES, PackageTooLargeError } from "./xlsx/packageLimits";
export { InflatedTooLargeError, useZipCodec } from "./xlsx/zipCodec";
export type { ZipCodec } from "./xlsx/zipCodec";
export { CsvError, csvWorkbook, readCsv, sheetNameFor } from "./csv/csvImport";
export type { CsvCell, CsvFormat, CsvHints, CsvTable } from "./csv/csvImport";
export { defuseFormula, writeCsv } from "./csv/csvExport";
