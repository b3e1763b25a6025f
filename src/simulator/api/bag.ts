// A proxy over a plain JSON object of the model (conditional format rules, chart parts...):
// declared scalar properties read and written through load/sync, and child bags for nested objects.
import { invalidArgument } from "../errors";
import { normalizeColor } from "../model/color";
import { SimRequestContextCore } from "./context";
import { SimObject } from "./object";
import { standsFor } from "./standIn";

export type Json = Record<string, unknown>;

export interface BagShape {
  typeName: string;
  scalars: readonly string[];
  /** scalar names holding colors (normalized to #RRGGBB on write) */
  colors?: readonly string[];
  children?: Record<string, BagShape>;
  /** methods with no result, applied to the bag's object */
  methods?: Record<string, (target: Json, args: unknown[]) => void>;
  /** read-only scalars computed from the object */
  derived?: Record<string, (target: Json) => unknown>;
  /** called after any write, e.g. to re-render a chart or pivot */
  onWrite?: () => void;
}

/** E: the Office.js type this bag stands in for (ChartTitle, IconSetConditionalFormat...), named where it is made. */
export class SimBag<E = unknown> extends SimObject<Json> {
  declare readonly [standsFor]?: E;
  private readonly kids = new Map<string, SimBag>();

  constructor(context: SimRequestContextCore, private readonly shape: BagShape, private readonly target: () => Json | null, private readonly writable: () => void = () => undefined) {
    super(context, shape.typeName);
    for (const name of shape.scalars) {
      Object.defineProperty(this, name, {
        get: () => this._get(name),
        set: (v: unknown) => {
          this._set(name, v, (obj) => {
            writable();
            let value = v;
            if (shape.colors?.includes(name) && typeof v === "string") {
              const c = normalizeColor(v);
              if (!c) throw invalidArgument(`${shape.typeName}.${name}`);
              value = c;
            }
            obj[name] = value && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
            shape.onWrite?.();
          });
        },
        enumerable: true,
      });
    }
    for (const [name, childShape] of Object.entries(shape.children ?? {})) {
      Object.defineProperty(this, name, {
        get: () => this.child(name, childShape),
        enumerable: true,
      });
    }
    for (const [name, fn] of Object.entries(shape.methods ?? {})) {
      Object.defineProperty(this, name, {
        value: (...args: unknown[]) =>
          this._call(name, args, (obj) => {
            writable();
            fn(obj, args);
            shape.onWrite?.();
          }),
      });
    }
  }

  _resolve(): Json | null {
    return this.target();
  }

  protected _scalarNames(): readonly string[] {
    return this.shape.scalars;
  }

  protected override _navigation(name: string): SimObject<unknown> | undefined {
    const childShape = this.shape.children?.[name];
    return childShape ? this.child(name, childShape) : undefined;
  }

  private child(name: string, childShape: BagShape): SimBag {
    if (!this.kids.has(name)) {
      this.kids.set(
        name,
        new SimBag(this.context, childShape, () => {
          const obj = this._resolve();
          if (!obj) return null;
          if (!obj[name] || typeof obj[name] !== "object") obj[name] = {};
          return obj[name] as Json;
        }, this.writable),
      );
    }
    return this.kids.get(name)!;
  }

  protected _readScalar(obj: Json, name: string): unknown {
    const derive = this.shape.derived?.[name];
    if (derive) return derive(obj);
    const v = obj[name];
    return v && typeof v === "object" ? JSON.parse(JSON.stringify(v)) : v ?? null;
  }
}
