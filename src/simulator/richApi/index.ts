export { createOfficeJsHost } from "./officeJsHost";
export type { OfficeJsHost } from "./officeJsHost";
export type { SyncRecord } from "./executor";
