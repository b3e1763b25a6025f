import { WorkbookModel } from "../model/workbook";
export async function readXlsx(_wb: WorkbookModel, _data: ArrayBuffer | Uint8Array): Promise<void> {
  throw new Error("not yet");
}
