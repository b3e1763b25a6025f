// Resolves the request's object paths to the simulator's proxies. One resolver lives as long as its Office.js
// request context: a path id keeps naming the same object across syncs (Office.js sends a path again, under
// the same id, whenever a later action uses that object), until Office.js sends that id with a different path
// (it readdresses an object by the key Excel answered its Instantiate with: worksheets.getItem(name) becomes
// worksheets[id]), which is then resolved as sent.
import type { SimRequestContext } from "../api/workbook";
import { SimCollection } from "../api/collection";
import type { SimObject } from "../api/object";
import { memberName } from "./names";
import { ArgumentInfo, ObjectPathInfo, PathType } from "./protocol";
import { UnmodelledRequest } from "./unmodelled";

type Proxy = Record<string, unknown>;

export class ObjectPathResolver {
  private readonly objects = new Map<number, { proxy: Proxy; path: string }>();
  /** Objects Office.js asked to keep (_KeepReference: Excel.run tracks every range it makes), by reference id. */
  private readonly kept = new Map<string, Proxy>();
  private readonly referenceIds = new Map<number, string>();

  constructor(private readonly context: SimRequestContext) {}

  /** The proxy a path names, created (in the simulator's queue order) the first time an action needs it. */
  resolve(id: number, paths: Record<string, ObjectPathInfo>): Proxy {
    const known = this.objects.get(id);
    const info = paths[String(id)] as ObjectPathInfo | undefined;
    if (known && (!info || known.path === pathText(info))) return known.proxy;
    if (!info) throw new UnmodelledRequest(`object path ${id}, which the request does not carry`);
    const object = this.create(info, paths);
    this.objects.set(id, { proxy: object, path: pathText(info) });
    return object;
  }

  /** Keeps the object of a path under a reference id, which its next Instantiate answer hands to Office.js. */
  keep(id: number, paths: Record<string, ObjectPathInfo>): void {
    const object = this.resolve(id, paths);
    const referenceId = this.referenceIds.get(id) ?? `sim${id}`;
    this.referenceIds.set(id, referenceId);
    this.kept.set(referenceId, object);
  }

  release(referenceId: unknown): void {
    this.kept.delete(String(referenceId));
  }

  referenceIdOf(id: number): string | undefined {
    const referenceId = this.referenceIds.get(id);
    return referenceId !== undefined && this.kept.has(referenceId) ? referenceId : undefined;
  }

  /** Arguments with Office.js objects (sent as their path ids) replaced by the simulator's proxies. */
  arguments(info: ArgumentInfo | undefined, paths: Record<string, ObjectPathInfo>): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds;
    return refs ? this.withObjects(args, refs, paths) : args;
  }

  private withObjects(args: unknown[], refs: unknown[], paths: Record<string, ObjectPathInfo>): unknown[] {
    return args.map((arg, i) => {
      const ref = refs[i];
      if (Array.isArray(ref) && Array.isArray(arg)) return this.withObjects(arg, ref, paths);
      return typeof ref === "number" && ref !== 0 ? this.resolve(ref, paths) : arg;
    });
  }

  private create(info: ObjectPathInfo, paths: Record<string, ObjectPathInfo>): Proxy {
    if (info.ObjectPathType === PathType.globalObject) return asProxy(this.context.workbook, "the workbook");
    if (info.ObjectPathType === PathType.referenceId) {
      const kept = this.kept.get(info.Name);
      if (!kept) throw new UnmodelledRequest(`reference id "${info.Name}", which this session never handed out or has released`);
      return kept;
    }
    const parent = info.ParentObjectPathId === undefined ? undefined : this.resolve(info.ParentObjectPathId, paths);
    if (!parent) throw new UnmodelledRequest(`object path ${info.Id} of type ${info.ObjectPathType} ("${info.Name}")`);
    const args = this.arguments(info.ArgumentInfo, paths);
    const where = `${typeName(parent)}.${info.Name}`;
    switch (info.ObjectPathType) {
      case PathType.property: {
        const child = parent[memberName(info.Name)];
        return asProxy(child, where);
      }
      case PathType.method: {
        if (info.Name === "GetItemAt" && parent instanceof SimCollection && typeof parent["getItemAt" as never] !== "function") {
          // An item of a loaded collection that came back without an id (Office.js addresses it by position).
          return asProxy(parent.items[Number(args[0])], where);
        }
        return asProxy(call(parent, info.Name, args, where), where);
      }
      case PathType.indexer: {
        if (parent instanceof SimCollection) {
          const loaded = loadedItemWithId(parent, args[0]);
          if (loaded) return loaded;
        }
        return asProxy(call(parent, "GetItem", args, `${typeName(parent)}[...]`), where);
      }
      default:
        throw new UnmodelledRequest(`object path type ${info.ObjectPathType} ("${info.Name}") on ${typeName(parent)}`);
    }
  }
}

function pathText(info: ObjectPathInfo): string {
  return `${info.ObjectPathType}|${info.Name}|${info.ParentObjectPathId ?? ""}|${JSON.stringify(info.ArgumentInfo?.Arguments ?? [])}`;
}

export function typeName(object: unknown): string {
  return String((object as { _typeName?: string })._typeName ?? "object");
}

/** Calls a proxy's method by its wire name; a method the proxy does not have is refused by name. */
export function call(target: Proxy, wire: string, args: unknown[], where: string): unknown {
  const method = target[memberName(wire)];
  if (typeof method !== "function") throw new UnmodelledRequest(`method ${where}(...)`);
  return (method as (...a: unknown[]) => unknown).apply(target, args);
}

function asProxy(value: unknown, where: string): Proxy {
  if (value === null || typeof value !== "object") throw new UnmodelledRequest(`${where}, which the simulator does not model as an object`);
  return value as Proxy;
}

function loadedItemWithId(collection: SimCollection<unknown, SimObject<unknown>>, id: unknown): Proxy | undefined {
  let items: unknown[];
  try {
    items = collection.items;
  } catch {
    return undefined;
  }
  return items.find((item) => {
    const loaded = (item as { toJSON(): Record<string, unknown> }).toJSON();
    return loaded.id !== undefined && loaded.id === id;
  }) as Proxy | undefined;
}
