// Base of every proxy object: loaded-property cache, load(), property writes queued for sync,
// null objects (*OrNullObject) and tracking.
import { SimError, invalidArgument, propertyNotLoaded } from "../errors";
import { OpResult, SimRequestContextCore } from "./context";
import { LoadSpec, parseLoadOption } from "./loadSpec";

export abstract class SimObject<M> {
  readonly context: SimRequestContextCore;
  protected readonly _loaded = new Map<string, unknown>();
  private _null: boolean | undefined;
  private readonly _orNull: boolean;
  readonly _typeName: string;

  constructor(context: SimRequestContextCore, typeName: string, orNullObject = false) {
    this.context = context;
    this._typeName = typeName;
    this._orNull = orNullObject;
    context.host.counters.proxiesCreated++;
    if (orNullObject) {
      // Office.js instantiates the object in the next sync and reports whether it exists.
      context.enqueue(`${typeName} instantiate`, { instantiate: typeName }, () => {
        const isNull = this._resolve() === null;
        return { response: { isNull }, commit: () => (this._null = isNull) };
      }, this);
    } else {
      this._null = false;
    }
  }

  /** The model object this proxy stands for at this point of the batch; null for a null object. Throws ItemNotFound etc. */
  abstract _resolve(): M | null;

  /** Scalar properties that load() with no argument returns. */
  protected abstract _scalarNames(): readonly string[];

  protected abstract _readScalar(model: M, name: string): unknown;

  /** Navigation properties (child proxies) by name. */
  protected _navigation(_name: string): SimObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._null;
  }

  /** Resolves, treating a null object as an error for methods that need a real object. */
  protected _require(location: string): M {
    const model = this._resolve();
    if (model === null) throw new SimError("ItemNotFound", undefined, location);
    return model;
  }

  protected _get<T>(name: string): T {
    // Office.js: a null object's properties read as undefined instead of throwing
    if (this._null === true && !this._loaded.has(name)) return undefined as T;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._typeName, name);
    return this._loaded.get(name) as T;
  }

  /** Queues a property write; the proxy's own cache takes the written value, as Office.js does. */
  protected _set(name: string, value: unknown, apply: (model: M) => void): void {
    this._loaded.set(name, value);
    this.context.enqueue(`${this._typeName}.${name}=...;`, { set: name, value }, () => apply(this._resolveForWrite(`${this._typeName}.${name}`)), this);
  }

  /** Queues a method call with no result. */
  protected _call(method: string, args: unknown[], apply: (model: M) => void): void {
    this.context.enqueue(`${this._typeName}.${method}(...);`, { call: method, args }, () => apply(this._resolveForWrite(`${this._typeName}.${method}`)), this);
  }

  /**
   * The object a write or call acts on. Microsoft documents nothing for writes or calls through a null object
   * (application-specific-api-model, "*OrNullObject methods"), so the simulator refuses them as getItem would
   * (ItemNotFound) rather than guess that Excel ignores them: code must check isNullObject first.
   */
  private _resolveForWrite(location: string): M {
    const model = this._resolve();
    if (model === null) throw new SimError("ItemNotFound", undefined, location);
    return model;
  }

  load(option?: unknown): this {
    const spec = parseLoadOption(option);
    this.context.enqueue(`${this._typeName}.load(...);`, { load: option ?? null }, () => this._loadNow(spec), this);
    return this;
  }

  /** @internal performs a load at sync time; values are published only if the whole sync succeeds */
  _loadNow(spec: LoadSpec): OpResult {
    const model = this._resolve();
    const values = new Map<string, unknown>();
    const commits: Array<() => void> = [];
    const response: Record<string, unknown> = {};
    if (model === null) {
      return { response: null, commit: () => (this._null = true) };
    }
    const names = spec.scalars === "all" ? this._scalarNames() : [...spec.scalars];
    for (const name of names) {
      const nav = this._navigation(name);
      if (nav) {
        const r = nav._loadNow({ scalars: "all", nav: new Map() });
        response[name] = r.response;
        if (r.commit) commits.push(r.commit);
        continue;
      }
      if (!this._scalarNames().includes(name)) {
        throw invalidArgument(`${this._typeName}.load`, `The property '${name}' does not exist on type '${this._typeName}'.`);
      }
      const value = this._readScalar(model, name);
      values.set(name, value);
      response[name] = value;
    }
    for (const [name, childSpec] of spec.nav) {
      const nav = this._navigation(name);
      if (!nav) throw invalidArgument(`${this._typeName}.load`, `The property '${name}' does not exist on type '${this._typeName}'.`);
      const r = nav._loadNow(childSpec);
      response[name] = r.response;
      if (r.commit) commits.push(r.commit);
    }
    return {
      response,
      commit: () => {
        for (const [k, v] of values) this._loaded.set(k, v);
        this._null = false;
        for (const c of commits) c();
      },
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  /** @internal used when the same proxy was created as an OrNullObject */
  get _isOrNullObject(): boolean {
    return this._orNull;
  }
}
