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

  /**
   * Features of the imported file that the last `toXlsx()` could not keep (e.g. "comments (2 of 2)"), so a
   * caller can warn before the user loses them. Empty for workbooks not imported from a file.
   */
  droppedOnExport: string[] = [];

  async toXlsx(): Promise<Uint8Array> {
    const { bytes, dropped } = await writeXlsx(this);
    this.droppedOnExport = dropped;
    return bytes;
  }
}
