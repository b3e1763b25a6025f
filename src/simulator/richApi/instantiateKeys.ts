// The key Excel puts in its answer to an Instantiate action, for the types the simulator models that have one.
// The wire names are the ones each type's _handleIdResult reads in excel-web-16.00.debug.js ("Id" for a worksheet,
// table, chart..., "_Id" for a named item, whose key is its name); the library keeps the key (a worksheet's `id`
// is then readable without a load) and rewrites the object's path to reach it by that key from then on.
import type { SimRequestContext } from "../api/workbook";
import { SimObject } from "../api/object";
import { typeName } from "./objectPaths";

export interface InstantiateKey {
  wire: "Id" | "_Id";
  /** the simulator's property that holds the key */
  property: string;
}

const ID: InstantiateKey = { wire: "Id", property: "id" };

const KEYS: Record<string, InstantiateKey> = {
  Worksheet: ID,
  Table: ID,
  TableColumn: ID,
  Chart: ID,
  PivotTable: ID,
  PivotHierarchy: ID,
  RowColumnPivotHierarchy: ID,
  DataPivotHierarchy: ID,
  ConditionalFormat: ID,
  CustomXmlPart: ID,
  NamedItem: { wire: "_Id", property: "name" },
};

export function instantiateKeyOf(object: unknown): InstantiateKey | undefined {
  return object instanceof SimObject ? KEYS[typeName(object)] : undefined;
}

/** Queues the read of the object's key; its response (null for a null object) is the key at that point of the sync. */
export function queueKeyRead(context: SimRequestContext, object: unknown, key: InstantiateKey): void {
  const proxy = object as SimObject<unknown>;
  context.enqueue(`${typeName(proxy)} instantiate`, { instantiate: typeName(proxy) }, () => {
    // The read is not published to the proxy's loaded values: Office.js did not ask to load anything.
    const { response } = proxy._loadNow({ scalars: new Set([key.property]), nav: new Map() });
    return { response: response === null ? null : (response as Record<string, unknown>)[key.property] };
  }, proxy);
}
