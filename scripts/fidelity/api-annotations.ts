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

function isOfficeJsDeclaration(node: ts.Node): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(node.getSourceFile().fileName);
}

/** The outermost namespace a declaration sits in ("Excel", "Office", ...). */
function topNamespace(node: ts.Node): string | undefined {
  let name: string | undefined;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && ts.isIdentifier(n.name)) name = n.name.text;
  }
  return name;
}

function leadingDoc(declaration: ts.Node): string {
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

/**
 * Some Office.* members carry only another application's set ("Office.EventType.OfficeThemeChanged":
 * Mailbox 1.14). Those annotations say nothing about Excel.
 */
export const OTHER_HOST_SETS = /^(Mailbox|WordApi|WordApiDesktop|WordApiOnline|PowerPointApi|OneNoteApi|VisioApi|OutlookApi)/;

/**
 * Office's common API lists its sets as "**Requirement sets**:" followed by "- {@link url | DialogApi}"
 * items (a bare name means version 1.1). Conditional items ("- If the ... is used, ...") are skipped.
 */
export function parseRequirementSetsList(doc: string): ApiRequirement[] {
  const at = doc.indexOf("**Requirement sets**");
  if (at < 0) return [];
  const found: ApiRequirement[] = [];
  for (const line of doc.slice(at).split("\n").slice(1)) {
    const item = /^\s*\*\s*-\s*\{@link\s+\S+\s*\|\s*([A-Za-z][\w.]*)(?:\s+(\d+\.\d+))?\s*\}/.exec(line);
    if (item) found.push({ set: item[1], version: item[2] ?? "1.1", text: `${item[1]} ${item[2] ?? "1.1"}` });
    else if (!/^\s*\*\s*(-|$)/.test(line)) break;
  }
  return found;
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
    const doc = leadingDoc(declaration);
    const requirement = parseApiSet(doc, isWrite);
    if (requirement) return requirement;
    const listed = parseRequirementSetsList(doc);
    const forExcel = listed.find((r) => !OTHER_HOST_SETS.test(r.set)) ?? listed[0];
    if (forExcel) return forExcel;
  }
  return undefined;
}
