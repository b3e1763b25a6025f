// SimWorkbook: the workbook model plus .xlsx import and export.
import { WorkbookModel } from "./model/workbook";
import { readXlsx } from "./xlsx/import";
import { writeXlsx } from "./xlsx/export";

export class SimWorkbook extends WorkbookModel {
  static async fromXlsx(data: ArrayBuffer | Uint8Array): Promise<SimWorkbook> {
    const wb = new SimWorkbook();
    await readXlsx(wb, data);
    return wb;
  }

  static override empty(): SimWorkbook {
    return new SimWorkbook();
  }

  async toXlsx(): Promise<Uint8Array> {
    return writeXlsx(this);
  }
}
