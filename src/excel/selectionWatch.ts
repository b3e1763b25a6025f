// Following the user's selection for the panel's portrait. With ExcelApi 1.9 the worksheet collection's event
// (a selection on any sheet, so the panel can say "that is another sheet"); on an older Excel (the manifest asks
// for 1.7) the client sheet's own event. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
import type { SelectionChange } from "./selectedClient";

/** Excel.run with its two forms: a new batch, and a batch on the context of an earlier one (to remove a handler). */
export interface ExcelRunner {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Registers `onChange` for selection changes; resolves to the function that removes it again. */
export async function watchSelection(
  run: ExcelRunner,
  options: { sheetName: string; isSetSupported: (set: string, version: string) => boolean },
  onChange: (change: SelectionChange) => void,
): Promise<() => Promise<void>> {
  const handler = async (args: Excel.WorksheetSelectionChangedEventArgs) => onChange({ worksheetId: args.worksheetId, address: args.address });
  const registration = await run(async (context) => {
    const events = options.isSetSupported("ExcelApi", "1.9")
      ? context.workbook.worksheets.onSelectionChanged
      : context.workbook.worksheets.getItem(options.sheetName).onSelectionChanged;
    const added = events.add(handler);
    await context.sync();
    return added;
  });
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    // Office.js removes a handler only through the context it was added in.
    await run(registration.context as Excel.RequestContext, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
