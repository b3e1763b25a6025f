// Reads the "[Api set: ExcelApi 1.x]" annotation that @types/office-js puts in each declaration's JSDoc.
import * as ts from "typescript";

export interface ApiRequirement {
  set: string;
  version: string;
  /** The annotation as written, e.g. "ExcelApi 1.1 for get, 1.8 for set". */
  text: string;
}

/** Version used for "ExcelApi BETA (PREVIEW ONLY)": higher than any real release. */
const PREVIEW_VERSION = "999.0";

export function isOfficeJsDeclaration(node: ts.Node): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(node.getSourceFile().fileName);
}

/** The outermost namespace a declaration sits in ("Excel", "Office", ...). */
export function topNamespace(node: ts.Node): string | undefined {
  let name: string | undefined;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && ts.isIdentifier(n.name)) name = n.name.text;
  }
  return name;
}

export function leadingDoc(declaration: ts.Node): string {
  let node = declaration;
  if (ts.isVariableDeclaration(node) && node.parent?.parent) node = node.parent.parent;
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join("\n");
}

/**
 * The requirement from an annotation. Most name one set and version; some split get and set
 * ("ExcelApi 1.1 for get, 1.8 for set"): a write takes the "set" version.
 */
export function parseApiSet(doc: string, isWrite: boolean): ApiRequirement | undefined {
  const m = /\[Api set:\s*([^\]]+)\]/.exec(doc);
  if (!m) return undefined;
  const text = m[1].trim();
  const head = /^([A-Za-z][\w.]*)\s+(\d+\.\d+|BETA|Preview)/i.exec(text);
  if (!head) return undefined;
  const set = head[1];
  let version = /^\d/.test(head[2]) ? head[2] : PREVIEW_VERSION;
  if (isWrite) {
    const forSet = /(\d+\.\d+)\s+for\s+set(?:ting)?\b/i.exec(text);
    if (forSet) version = forSet[1];
  }
  return { set, version, text };
}

/** The requirement of the first declaration that carries one, with the namespace it lives in. */
export function requirementOf(
  declarations: readonly ts.Node[] | undefined,
  isWrite: boolean,
  namespaces: readonly string[],
): ApiRequirement | undefined {
  for (const declaration of declarations ?? []) {
    if (!isOfficeJsDeclaration(declaration)) continue;
    const ns = topNamespace(declaration);
    if (!ns || !namespaces.includes(ns)) continue;
    const requirement = parseApiSet(leadingDoc(declaration), isWrite);
    if (requirement) return requirement;
  }
  return undefined;
}
