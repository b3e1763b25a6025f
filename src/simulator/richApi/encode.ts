// The simulator's answers in the protocol's shape: property names PascalCase, collection items under "_Items",
// a null object as null. Values themselves (a range's values, a conditional format's criteria) go as they are.
import { SimCollection } from "../api/collection";
import type { SimObject } from "../api/object";
import { wireName } from "./names";

export function toWire(response: unknown, object: unknown): unknown {
  if (response === null || response === undefined) return null;
  if (Array.isArray(response)) {
    const items = object instanceof SimCollection ? loadedItems(object) : undefined;
    return { _Items: response.map((item, i) => toWire(item, items?.[i])) };
  }
  if (typeof response !== "object") return response;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(response)) {
    const child = navigation(object, key);
    out[wireName(key)] = child === undefined ? value : toWire(value, child);
  }
  return out;
}

/** The child proxy behind a navigation property (format, fill, tables...), undefined for a scalar property. */
function navigation(object: unknown, name: string): unknown {
  const nav = (object as { _navigation?: (n: string) => unknown } | undefined)?._navigation;
  if (typeof nav !== "function") return undefined;
  return nav.call(object, name) ?? undefined;
}

function loadedItems(collection: SimCollection<unknown, SimObject<unknown>>): unknown[] | undefined {
  try {
    return collection.items;
  } catch {
    return undefined;
  }
}
