// Base of collection proxies: `items` after load, getCount(), load("items/name") etc.
import { propertyNotLoaded } from "../errors";
import { SimClientResult } from "./clientResult";
import { OpResult, SimRequestContextCore } from "./context";
import { LoadSpec, itemSpec, parseLoadOption } from "./loadSpec";
import { SimObject } from "./object";

export abstract class SimCollection<M, T extends SimObject<unknown>> {
  readonly context: SimRequestContextCore;
  readonly _typeName: string;
  private _items: T[] | undefined;

  constructor(context: SimRequestContextCore, typeName: string) {
    this.context = context;
    this._typeName = typeName;
    context.host.counters.proxiesCreated++;
  }

  /** The item models at this point of the batch. */
  protected abstract _models(): M[];

  /** A proxy for one item, bound to that item's identity. */
  protected abstract _proxyFor(model: M): T;

  get items(): T[] {
    if (!this._items) throw propertyNotLoaded(this._typeName, "items");
    return this._items;
  }

  get isNullObject(): boolean {
    return false;
  }

  load(option?: unknown): this {
    const spec = itemSpec(parseLoadOption(option));
    this.context.enqueue(`${this._typeName}.load(...);`, { load: option ?? null }, () => this._loadNow(spec), this);
    return this;
  }

  _loadNow(spec: LoadSpec): OpResult {
    const proxies = this._models().map((m) => this._proxyFor(m));
    const results = proxies.map((p) => p._loadNow(spec));
    return {
      response: results.map((r) => r.response),
      commit: () => {
        for (const r of results) r.commit?.();
        this._items = proxies;
      },
    };
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.enqueue(`${this._typeName}.getCount();`, { call: "getCount" }, () => {
      const count = this._models().length;
      return { response: count, commit: () => result.resolveWith(count) };
    }, this);
    return result;
  }

  toJSON(): Record<string, unknown> {
    return { items: this._items?.map((i) => i.toJSON()) ?? [] };
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}
