export { createOfficeJsHost } from "./officeJsHost";
export type { OfficeJsHost } from "./officeJsHost";
export type { OfficeJsLibraryScript } from "./library";
