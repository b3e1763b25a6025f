// Puts each action of a request on the simulator's queue, in request order, and remembers how to answer it
// once the simulator's sync has run. The simulator does the work: this only maps action kinds onto its proxies.
import type { SimRequestContext } from "../api/workbook";
import { RichApiEventChannel } from "./events";
import { instantiateKeyOf, queueKeyRead, type InstantiateKey } from "./instantiateKeys";
import { ObjectPathResolver, call, typeName } from "./objectPaths";
import { memberName } from "./names";
import { ActionInfo, ActionKind, ObjectPathInfo, QueryInfo, RequestBody } from "./protocol";
import { UnmodelledRequest } from "./unmodelled";

/** How an action is answered after the sync. */
type Answer =
  | { kind: "none" }
  | { kind: "trace" }
  | { kind: "instantiated"; object: { isNullObject?: boolean }; orNull: boolean; pathId: number; key?: { wire: InstantiateKey["wire"]; operation: number } }
  | { kind: "result"; result: unknown }
  | { kind: "loaded"; object: unknown; operation: number };

export interface QueuedAction {
  action: ActionInfo;
  /** positions of the simulator operations this action queued: [first, end) */
  operations: [number, number];
  answer: Answer;
}

export function queueActions(context: SimRequestContext, resolver: ObjectPathResolver, events: RichApiEventChannel, body: RequestBody): QueuedAction[] {
  return body.Actions.map((action) => {
    const first = context.pendingOperations;
    const answer = queueOne(context, resolver, events, action, body.ObjectPaths);
    return { action, operations: [first, context.pendingOperations] as [number, number], answer };
  });
}

function queueOne(context: SimRequestContext, resolver: ObjectPathResolver, events: RichApiEventChannel, action: ActionInfo, paths: Record<string, ObjectPathInfo>): Answer {
  switch (action.ActionType) {
    case ActionKind.trace:
      return { kind: "trace" };
    case ActionKind.instantiate: {
      const object = resolver.resolve(action.ObjectPathId, paths);
      // Office.js reads isNullObject, and a kept object's reference id, from the answer to this action.
      const orNull = paths[String(action.ObjectPathId)]?.Name.endsWith("OrNullObject") ?? false;
      // Excel also answers with the key of an object that has one (a worksheet's Id, a named item's _Id), and
      // Office.js then addresses the object by that key (ObjectPath.updateUsingObjectData).
      const key = instantiateKeyOf(object);
      if (!key) return { kind: "instantiated", object, orNull, pathId: action.ObjectPathId };
      const operation = context.pendingOperations;
      queueKeyRead(context, object, key);
      return { kind: "instantiated", object, orNull, pathId: action.ObjectPathId, key: { wire: key.wire, operation } };
    }
    case ActionKind.setProperty: {
      const target = resolver.resolve(action.ObjectPathId, paths);
      const name = memberName(action.Name);
      if (!hasSetter(target, name)) throw new UnmodelledRequest(`setting ${typeName(target)}.${name}`);
      const [value] = resolver.arguments(action.ArgumentInfo, paths);
      target[name] = value;
      return { kind: "none" };
    }
    case ActionKind.method: {
      const target = resolver.resolve(action.ObjectPathId, paths);
      const args = resolver.arguments(action.ArgumentInfo, paths);
      // Office.js's own bookkeeping of objects that live beyond one sync: no workbook operation.
      if (action.Name === "_KeepReference") {
        resolver.keep(action.ObjectPathId, paths);
        return { kind: "none" };
      }
      if (action.Name === "_RemoveReference") {
        resolver.release(args[0]);
        return { kind: "none" };
      }
      if (RichApiEventChannel.isRegistration(action.Name)) {
        events.queue(context, target, action.Name);
        return { kind: "none" };
      }
      return { kind: "result", result: call(target, action.Name, args, `${typeName(target)}.${action.Name}`) };
    }
    case ActionKind.query: {
      const target = resolver.resolve(action.ObjectPathId, paths);
      const operation = context.pendingOperations;
      (target as { load(option: unknown): unknown }).load(loadOption(action.QueryInfo, typeName(target)));
      return { kind: "loaded", object: target, operation };
    }
    default:
      throw new UnmodelledRequest(`action type ${action.ActionType} ("${action.Name}")`);
  }
}

/** Office.js's QueryInfo as the argument of the simulator's load(): select paths, plus navigations expanded whole. */
function loadOption(query: QueryInfo | undefined, type: string): string[] | undefined {
  if (!query) return undefined;
  if (query.Top !== undefined || query.Skip !== undefined) throw new UnmodelledRequest(`${type}.load with top or skip`);
  const select = query.Select ?? [];
  const expand = (query.Expand ?? []).filter((nav) => !select.some((path) => path.startsWith(`${nav}/`)));
  if (select.length === 0 && expand.length === 0) return undefined;
  return [...select, ...expand];
}

function hasSetter(target: object, name: string): boolean {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d.set !== undefined || d.writable === true;
  }
  return false;
}
