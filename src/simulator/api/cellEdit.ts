// Cell-edit mode: while the user is typing in a cell Excel processes no request. A batch run without
// delayForCellEdit fails (InvalidOperationInCellEditMode); with it, the request waits until the edit ends.
// https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
import { SimError } from "../errors";

export class CellEditMode {
  private editing = false;
  private waiting: Array<() => void> = [];

  get active(): boolean {
    return this.editing;
  }

  /** The user starts typing in a cell (F2, or a key on a selected cell). */
  begin(): void {
    this.editing = true;
  }

  /** Enter, Tab or Esc: delayed requests go ahead, in the order they came. */
  end(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  /** How many requests wait for the edit to end. */
  get delayed(): number {
    return this.waiting.length;
  }

  /** Called as a request reaches Excel. */
  async admit(delayForCellEdit: boolean): Promise<void> {
    if (!this.editing) return;
    if (!delayForCellEdit) throw new SimError("InvalidOperationInCellEditMode", undefined, "RequestContext.sync");
    await new Promise<void>((resume) => this.waiting.push(resume));
  }
}
