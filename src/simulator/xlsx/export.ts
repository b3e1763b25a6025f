import { WorkbookModel } from "../model/workbook";
export async function writeXlsx(_wb: WorkbookModel): Promise<Uint8Array> {
  throw new Error("not yet");
}
