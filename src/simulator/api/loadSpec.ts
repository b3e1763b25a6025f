// Turns the argument of load() (string, string[], { select, expand } or { prop: true, nav: {...} })
// into a tree: which scalar properties to load here and which navigation properties to descend into.
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
export interface LoadSpec {
  /** "all" loads every scalar property (load() with no argument, or a navigation property named alone) */
  scalars: Set<string> | "all";
  nav: Map<string, LoadSpec>;
}

const loadAll = (): LoadSpec => ({ scalars: "all", nav: new Map() });

function addPath(spec: LoadSpec, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    if (spec.scalars !== "all") spec.scalars.add(head);
    return;
  }
  let child = spec.nav.get(head);
  if (!child) {
    child = { scalars: new Set(), nav: new Map() };
    spec.nav.set(head, child);
  }
  addPath(child, rest);
}

function splitNames(text: string): string[][] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split("/").map((p) => p.trim()));
}

export function parseLoadOption(option: unknown): LoadSpec {
  if (option === undefined || option === null) return loadAll();
  const spec: LoadSpec = { scalars: new Set(), nav: new Map() };
  if (typeof option === "string") {
    for (const path of splitNames(option)) addPath(spec, path);
    return spec;
  }
  if (Array.isArray(option)) {
    for (const item of option) for (const path of splitNames(String(item))) addPath(spec, path);
    return spec;
  }
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      if (typeof o.select === "string") for (const path of splitNames(o.select)) addPath(spec, path);
      else if (!o.select) spec.scalars = "all";
      if (typeof o.expand === "string") for (const path of splitNames(o.expand)) if (!spec.nav.has(path[0])) spec.nav.set(path[0], loadAll());
      return spec;
    }
    for (const [key, value] of Object.entries(o)) {
      if (value === true) addPath(spec, [key]);
      else if (value && typeof value === "object") spec.nav.set(key, parseLoadOption(value));
    }
    return spec;
  }
  return loadAll();
}

/** For collections: "items/name" and "name" both address the items. */
export function itemSpec(spec: LoadSpec): LoadSpec {
  const items = spec.nav.get("items");
  if (items) return items;
  if (spec.scalars === "all") return loadAll();
  const rest = new Set([...spec.scalars].filter((s) => s !== "items" && s !== "count"));
  if (rest.size === 0 && spec.nav.size === 0) return loadAll();
  return { scalars: rest, nav: spec.nav };
}
