// Worksheet selection events: Worksheet.onSelectionChanged (ExcelApi 1.7) and WorksheetCollection.onSelectionChanged
// (ExcelApi 1.9), as OfficeExtension.EventHandlers. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// A handler is registered by the sync after `add` (as Office.js registers it) and stays registered after its
// Excel.run ends; removing it queues on the context it was added in (`Excel.run(result.context, ...)`).
// Excel raises the event after the change, never inside the sync that made it, and Excel on the web does not
// raise it when the same range is selected again (office-js#4691), which is what is modelled here.
import { formatLocal, type Rect } from "../../shared/a1";
import type { SheetModel } from "../model/sheet";
import type { WorkbookModel } from "../model/workbook";
import type { SimRequestContextCore } from "./context";
import { asExcel, standsFor } from "./standIn";

type SelectionHandler = (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>;

interface Registration {
  handler: SelectionHandler;
  /** The sheet whose event it is; null for the worksheet collection's (every sheet). */
  sheetId: string | null;
}

/** The handlers of one host (one Excel session). */
export class SelectionEventHub {
  private registrations: Registration[] = [];

  add(registration: Registration): void {
    this.registrations.push(registration);
  }

  remove(handler: SelectionHandler, sheetId: string | null): void {
    this.registrations = this.registrations.filter((r) => !(r.handler === handler && r.sheetId === sheetId));
  }

  get count(): number {
    return this.registrations.length;
  }

  /** Raises the event for `sheet`'s new selection after the current task, when it differs from `before`. */
  changed(sheet: SheetModel, before: { sheetId: string | null; rect: Rect }): void {
    const rect = sheet.selection;
    if (before.sheetId === sheet.id && sameRect(before.rect, rect)) return;
    const args = { address: formatLocal(rect), type: "WorksheetSelectionChanged", worksheetId: sheet.id } as Excel.WorksheetSelectionChangedEventArgs;
    const listeners = this.registrations.filter((r) => r.sheetId === null || r.sheetId === sheet.id).map((r) => r.handler);
    if (listeners.length === 0) return;
    setTimeout(() => {
      // A failing handler is the add-in's problem; Excel goes on raising events to the others.
      for (const handler of listeners) void Promise.resolve().then(() => handler({ ...args })).catch(() => undefined);
    }, 0);
  }
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1;
}

/** What `changed` compares with: the active sheet and its selection before a change. */
export function selectionBefore(workbook: WorkbookModel): { sheetId: string | null; rect: Rect } {
  const active = workbook.activeSheet();
  return { sheetId: active?.id ?? null, rect: active ? { ...active.selection } : { r0: 0, r1: 0, c0: 0, c1: 0 } };
}

class SimEventHandlerResult implements Pick<OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs>, "remove"> {
  declare readonly [standsFor]?: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs>;
  constructor(
    readonly context: SimRequestContextCore,
    private readonly handlers: SimSelectionEventHandlers,
    private readonly handler: SelectionHandler,
  ) {}
  remove(): void {
    this.handlers.removeOn(this.context, this.handler);
  }
}

/** `onSelectionChanged` of a worksheet (`sheet` resolves it) or of the worksheet collection (`sheet` null). */
export class SimSelectionEventHandlers implements Pick<OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs>, "add" | "remove"> {
  declare readonly [standsFor]?: OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs>;
  constructor(
    private readonly context: SimRequestContextCore,
    private readonly typeName: "Worksheet" | "WorksheetCollection",
    private readonly owner: object,
    private readonly sheet: (() => SheetModel) | null,
  ) {}

  add(handler: SelectionHandler): OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> {
    this.context.enqueue(`${this.typeName}.onSelectionChanged.add(...);`, { event: "SelectionChanged", add: true }, () => {
      this.context.host.events.add({ handler, sheetId: this.sheet ? this.sheet().id : null });
    }, this.owner);
    return asExcel(new SimEventHandlerResult(this.context, this, handler));
  }

  remove(handler: SelectionHandler): void {
    this.removeOn(this.context, handler);
  }

  /** @internal Office.js wants the context the handler was added in. */
  removeOn(context: SimRequestContextCore, handler: SelectionHandler): void {
    context.enqueue(`${this.typeName}.onSelectionChanged.remove(...);`, { event: "SelectionChanged", remove: true }, () => {
      this.context.host.events.remove(handler, this.sheet ? this.sheet().id : null);
    }, this.owner);
  }
}
