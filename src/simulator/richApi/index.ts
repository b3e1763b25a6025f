export { createOfficeJsHost } from "./officeJsHost";
export type { OfficeJsHost } from "./officeJsHost";
