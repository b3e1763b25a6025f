// Office.js's event channel with the simulator as Excel. The library registers an event in two steps, as
// GenericEventHandlers and GenericEventRegistration in excel-web-16.00.debug.js do it:
// 1. the request carries a method "_Register<Event>Event" ("_Unregister<Event>Event") on the object whose event
//    it is: Excel starts (stops) sending that event for that object;
// 2. once per session the library subscribes to Office's RichApiMessage event (officeJsEventRegistration
//    .register(5, ...)), and Excel delivers every event through it as an entry
//    [messageCategory 65536, eventType, targetId, JSON of the event's arguments, id, isRemoteOverride].
// The simulator raises the selection change; this channel hands it to the library in that shape. Any other event,
// or another Office event channel (bindings, settings, document selection), is refused by name.
import type { SimRequestContext } from "../api/workbook";
import { SimError } from "../errors";
import type { OfficeJsLibrary } from "./library";
import { typeName } from "./objectPaths";
import { UnmodelledRequest } from "./unmodelled";

/** Office.js's event type ids (Excel's EventType in the request protocol) of the events this host raises. */
const SELECTION_CHANGED = 14;
/** officeJsEventRegistration's id of Office's RichApiMessage event, the channel every Excel event comes through. */
const RICH_API_MESSAGE = 5;
/** OfficeExtension.Constants: the category of an event entry, and the target id of a workbook-wide event. */
const EVENT_MESSAGE_CATEGORY = 65536;
const WORKBOOK_TARGET = "Workbook";

type SelectionArgs = Excel.WorksheetSelectionChangedEventArgs;
type RichApiEntry = [category: number, eventType: number, targetId: string, message: string, id: number, isRemoteOverride: boolean];
type MessageHandler = (args: unknown) => void;

interface Target {
  /** registrations of this target by the add-in's contexts; Excel raises the event once however many there are */
  count: number;
  sheetId: string | null;
  /** what the simulator's selection hub calls for this target */
  forward: (args: SelectionArgs) => Promise<void>;
}

/** The library's internal hook for Office events (OfficeExtension._Internal), which Office's runtime fills in Excel. */
interface EventRegistrationHolder {
  _Internal: { officeJsEventRegistration: Record<string, unknown> };
}

function hasEventRegistration(extension: object): extension is EventRegistrationHolder {
  const registration = (extension as Partial<EventRegistrationHolder>)._Internal?.officeJsEventRegistration;
  return typeof registration === "object" && registration !== null;
}

export class RichApiEventChannel {
  private messageHandlers: MessageHandler[] = [];
  private readonly targets = new Map<string, Target>();
  private nextEntryId = 1;

  constructor(private readonly library: OfficeJsLibrary, private readonly unmodelled: string[]) {
    const extension: object = library.OfficeExtension;
    if (!hasEventRegistration(extension)) throw new Error("This Office.js library has no OfficeExtension._Internal.officeJsEventRegistration, through which the host delivers events.");
    const internal = extension._Internal;
    internal.officeJsEventRegistration.register = (eventId: number, _targetId: string, handler: MessageHandler) => {
      if (eventId !== RICH_API_MESSAGE) return this.refuse(`Office event ${eventId} through officeJsEventRegistration (only RichApiMessage is modelled)`);
      this.messageHandlers.push(handler);
      return Promise.resolve();
    };
    internal.officeJsEventRegistration.unregister = (eventId: number, _targetId: string, handler: MessageHandler) => {
      if (eventId !== RICH_API_MESSAGE) return this.refuse(`removing Office event ${eventId} through officeJsEventRegistration`);
      this.messageHandlers = this.messageHandlers.filter((h) => h !== handler);
      return Promise.resolve();
    };
  }

  /** Whether a method of a request is an event (un)registration; such a method is handled here. */
  static isRegistration(method: string): boolean {
    return /^_(Register|Unregister)\w+Event$/.test(method);
  }

  /** Queues "_RegisterSelectionChangedEvent" (and its Unregister) on the simulator: it runs in request order at sync. */
  queue(context: SimRequestContext, target: Record<string, unknown>, method: string): void {
    const [, verb, event] = /^_(Register|Unregister)(\w+)Event$/.exec(method) ?? [];
    const type = typeName(target);
    if (event !== "SelectionChanged" || (type !== "Worksheet" && type !== "WorksheetCollection")) {
      throw new UnmodelledRequest(`the ${event} event of ${type} (${method})`);
    }
    const sheet = type === "Worksheet" ? (target as { _resolve(): { id: string } | null }) : null;
    // The statement names the event as the simulator's own onSelectionChanged does, so its requirement set applies.
    context.enqueue(`${type}.onSelectionChanged.${verb === "Register" ? "add" : "remove"}(...);`, { event, register: verb === "Register" }, () => {
      const sheetId = sheet ? this.sheetIdOf(sheet) : null;
      if (verb === "Register") this.register(context, sheetId);
      else this.unregister(context, sheetId);
    }, target);
  }

  private sheetIdOf(sheet: { _resolve(): { id: string } | null }): string {
    const model = sheet._resolve();
    // A null object (getItemOrNullObject of a missing sheet) is refused as the simulator refuses a call through one.
    if (!model) throw new SimError("ItemNotFound", undefined, "Worksheet.onSelectionChanged");
    return model.id;
  }

  private register(context: SimRequestContext, sheetId: string | null): void {
    const key = sheetId ?? WORKBOOK_TARGET;
    const target = this.targets.get(key) ?? { count: 0, sheetId, forward: (args: SelectionArgs) => this.deliver(key, args) };
    this.targets.set(key, target);
    if (target.count++ === 0) context.host.events.add({ handler: target.forward, sheetId });
  }

  private deliver(targetId: string, args: SelectionArgs): Promise<void> {
    const message = JSON.stringify({ type: args.type, address: args.address, worksheetId: args.worksheetId });
    const entry: RichApiEntry = [EVENT_MESSAGE_CATEGORY, SELECTION_CHANGED, targetId, message, this.nextEntryId++, false];
    for (const handler of this.messageHandlers) handler(this.library.richApiMessageArgs([entry]));
    return Promise.resolve();
  }

  private unregister(context: SimRequestContext, sheetId: string | null): void {
    const target = this.targets.get(sheetId ?? WORKBOOK_TARGET);
    // Not documented; the library itself ignores a failed unregistration (EventHandlers._processRegistration).
    if (!target || target.count === 0) return;
    if (--target.count === 0) context.host.events.remove(target.forward, sheetId);
  }

  private refuse(what: string): Promise<never> {
    const error = new UnmodelledRequest(what);
    this.unmodelled.push(error.message);
    return Promise.reject(error);
  }
}
