// The checks `office-addin-manifest validate` makes that need no network: URLs on https, icon files
// present with the right pixel sizes, resource ids defined and of the right kind, unique control ids,
// and ribbon function names registered by the commands code with Office.actions.associate.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ManifestProblem, keyOf } from "./manifest-schema";
import { pngSize } from "./png";
import { XmlElement, childElements, descendants, xsiType } from "./xml";

export interface RuleContext {
  projectDir: string;
  /** Where the icon files live; URLs' paths ending in a file name are looked up here. */
  assetsDir: string;
  /** Where the ExecuteFunction code lives. */
  commandsDir: string;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export function checkRules(root: XmlElement, context: RuleContext): ManifestProblem[] {
  return [
    ...checkHttps(root),
    ...checkResources(root),
    ...checkIcons(root, context),
    ...checkUniqueIds(root),
    ...checkFunctionNames(root, context),
  ];
}

/** Every URL the manifest gives (DefaultValue, Override Value, AppDomain) is https. */
function checkHttps(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const urlElements = new Set(["app:IconUrl", "app:HighResolutionIconUrl", "app:SupportUrl", "app:SourceLocation", "bt:Url"]);
  const visit = (e: XmlElement) => {
    const key = keyOf(e);
    const isImageResource = key === "bt:Image" && e.attributes.DefaultValue !== undefined;
    const isUrlOverride = e.name === "Override" && e.parent && (urlElements.has(keyOf(e.parent)) || keyOf(e.parent) === "bt:Image");
    const value = urlElements.has(key) || isImageResource ? e.attributes.DefaultValue : isUrlOverride ? e.attributes.Value : undefined;
    if (value !== undefined && !/^https:\/\//i.test(value)) {
      problems.push({ rule: "https", message: `<${e.name}> URL must use https: ${value}`, line: e.line });
    }
    if (key === "app:AppDomain" && /^[a-z]+:\/\//i.test(e.text.trim()) && !/^https:\/\//i.test(e.text.trim())) {
      problems.push({ rule: "https", message: `<AppDomain> must use https: ${e.text.trim()}`, line: e.line });
    }
    e.children.forEach(visit);
  };
  visit(root);
  return problems;
}

function resourceTable(root: XmlElement): Map<string, { kind: ResourceKind; element: XmlElement }> {
  const table = new Map<string, { kind: ResourceKind; element: XmlElement }>();
  for (const resources of descendants(root, "Resources")) {
    for (const group of resources.children) {
      for (const item of group.children) {
        if (item.attributes.id !== undefined) table.set(item.attributes.id, { kind: group.name as ResourceKind, element: item });
      }
    }
  }
  return table;
}

/** What a resid on each element must point at. */
function expectedKind(e: XmlElement): ResourceKind | undefined {
  const parent = e.parent ? e.parent.name : "";
  switch (e.name) {
    case "Label":
      return "ShortStrings";
    case "Title":
      return "ShortStrings";
    case "Description":
      return parent === "Supertip" || parent === "GetStarted" ? "LongStrings" : undefined;
    case "LearnMoreUrl":
    case "FunctionFile":
    case "SourceLocation":
      return "Urls";
    case "Image":
      return parent === "Icon" ? "Images" : undefined;
    default:
      return undefined;
  }
}

function checkResources(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const table = resourceTable(root);
  const seen = new Map<string, XmlElement>();
  for (const resources of descendants(root, "Resources")) {
    for (const group of resources.children) {
      for (const item of group.children) {
        const id = item.attributes.id;
        if (id === undefined) continue;
        const earlier = seen.get(id);
        if (earlier) problems.push({ rule: "resources", message: `resource id "${id}" is defined twice (line ${earlier.line})`, line: item.line });
        seen.set(id, item);
      }
    }
  }
  const visit = (e: XmlElement) => {
    const resid = e.attributes.resid;
    if (resid !== undefined) {
      const resource = table.get(resid);
      const kind = expectedKind(e);
      if (!resource) problems.push({ rule: "resources", message: `<${e.name} resid="${resid}"> refers to no resource`, line: e.line });
      else if (kind && resource.kind !== kind) {
        problems.push({ rule: "resources", message: `<${e.name} resid="${resid}"> must refer to bt:${kind}, not bt:${resource.kind}`, line: e.line });
      }
    }
    e.children.forEach(visit);
  };
  visit(root);
  return problems;
}

/** Local file for an icon URL: the URL's path under projectDir, else its file name in assetsDir. */
function localFile(url: string, context: RuleContext): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const underProject = path.join(context.projectDir, pathname);
  if (pathname.startsWith("/") && fs.existsSync(underProject)) return underProject;
  const inAssets = path.join(context.assetsDir, path.basename(pathname));
  return fs.existsSync(inAssets) ? inAssets : undefined;
}

function checkIconFile(url: string, size: number, e: XmlElement, what: string, context: RuleContext): ManifestProblem[] {
  const file = localFile(url, context);
  if (!file) return [{ rule: "icons", message: `${what}: ${url} has no file in ${path.relative(context.projectDir, context.assetsDir) || "."}/`, line: e.line }];
  const dims = pngSize(fs.readFileSync(file));
  if (!dims) return [{ rule: "icons", message: `${what}: ${path.relative(context.projectDir, file)} is not a PNG`, line: e.line }];
  if (dims.width !== size || dims.height !== size) {
    return [{ rule: "icons", message: `${what}: ${path.relative(context.projectDir, file)} is ${dims.width}x${dims.height}, must be ${size}x${size}`, line: e.line }];
  }
  return [];
}

/** IconUrl 32x32 and HighResolutionIconUrl 64x64 for task pane add-ins; ribbon icons at their declared size, with 16, 32 and 80 present. */
function checkIcons(root: XmlElement, context: RuleContext): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const e = childElements(root, name)[0];
    if (!e) problems.push({ rule: "icons", message: `<${name}> is missing (required for AppSource)`, line: root.line });
    else if (e.attributes.DefaultValue) problems.push(...checkIconFile(e.attributes.DefaultValue, size, e, `<${name}>`, context));
  }
  const images = resourceTable(root);
  for (const icon of descendants(root, "Icon")) {
    const sizes = new Set<number>();
    for (const image of childElements(icon, "Image")) {
      const size = Number(image.attributes.size);
      sizes.add(size);
      const resource = images.get(image.attributes.resid ?? "");
      if (resource?.kind === "Images" && resource.element.attributes.DefaultValue) {
        problems.push(...checkIconFile(resource.element.attributes.DefaultValue, size, image, `icon ${image.attributes.resid} (size ${size})`, context));
      }
    }
    const missing = [16, 32, 80].filter((s) => !sizes.has(s));
    if (missing.length) problems.push({ rule: "icons", message: `<Icon> lacks the mandatory sizes ${missing.join(", ")}`, line: icon.line });
  }
  return problems;
}

function checkUniqueIds(root: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const seen = new Map<string, XmlElement>();
  for (const name of ["CustomTab", "Group", "Control", "Item"]) {
    for (const e of descendants(root, name)) {
      const id = e.attributes.id;
      if (id === undefined) continue;
      const earlier = seen.get(id);
      if (earlier) problems.push({ rule: "ids", message: `id "${id}" of <${name}> is also used on line ${earlier.line}`, line: e.line });
      seen.set(id, e);
    }
  }
  return problems;
}

/** Names registered with `Office.actions.associate("name", fn)` in the commands code (parsed, not grepped). */
function associatedFunctionNames(commandsDir: string): Set<string> {
  const names = new Set<string>();
  if (!fs.existsSync(commandsDir)) return names;
  const files = fs.readdirSync(commandsDir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|tsx|js)$/.test(f));
  for (const file of files) {
    const full = path.join(commandsDir, file);
    const sf = ts.createSourceFile(full, fs.readFileSync(full, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "associate") {
        const target = node.expression.expression;
        const first = node.arguments[0];
        if (ts.isPropertyAccessExpression(target) && target.name.text === "actions" && first && ts.isStringLiteralLike(first)) {
          names.add(first.text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return names;
}

function checkFunctionNames(root: XmlElement, context: RuleContext): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const registered = associatedFunctionNames(context.commandsDir);
  for (const action of descendants(root, "Action")) {
    if (xsiType(action) !== "ExecuteFunction") continue;
    for (const fn of childElements(action, "FunctionName")) {
      const name = fn.text.trim();
      if (!registered.has(name)) {
        problems.push({
          rule: "functions",
          message: `<FunctionName>${name}</FunctionName> is not registered with Office.actions.associate("${name}", ...) in ${path.relative(context.projectDir, context.commandsDir)}/`,
          line: fn.line,
        });
      }
    }
  }
  return problems;
}
