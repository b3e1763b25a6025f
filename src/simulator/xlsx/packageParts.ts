// Reading and editing the Open Packaging parts that tie an .xlsx together: relationship files and
// [Content_Types].xml (ECMA-376 Part 2). Plain string work, so it runs in the browser too.
import JSZip from "jszip";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    external: attr(m[0], "TargetMode") === "External",
  }));
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPathOf(part))?.async("string");
  return xml ? parseRels(xml) : [];
}

/** Adds a relationship to a part's .rels (created when missing) under a fresh id, which it returns. */
export async function addRelationship(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(part);
  let xml =
    (await zip.file(path)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const taken = new Set(parseRels(xml).map((r) => r.id));
  let n = 1;
  while (taken.has(`rIdKept${n}`)) n++;
  const id = `rIdKept${n}`;
  xml = xml.replace(/<Relationships([^>]*)\/>/, "<Relationships$1></Relationships>");
  xml = xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/></Relationships>`);
  zip.file(path, xml);
  return id;
}

/** The part a relationship target points at, as a path inside the package ("xl/media/image1.png"). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** A relative target from one part to another, as Excel writes them ("../media/image1.png"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** [Content_Types].xml as Default (by extension) and Override (by part) entries. */
export class ContentTypes {
  private constructor(
    private xml: string,
    readonly defaults: Map<string, string>,
    readonly overrides: Map<string, string>,
  ) {}

  static async read(zip: JSZip): Promise<ContentTypes> {
    const xml = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    for (const m of xml.matchAll(/<Default\b[^>]*>/g)) defaults.set((attr(m[0], "Extension") ?? "").toLowerCase(), attr(m[0], "ContentType") ?? "");
    for (const m of xml.matchAll(/<Override\b[^>]*>/g)) overrides.set((attr(m[0], "PartName") ?? "").replace(/^\//, ""), attr(m[0], "ContentType") ?? "");
    return new ContentTypes(xml, defaults, overrides);
  }

  typeOf(part: string): string | undefined {
    return this.overrides.get(part) ?? this.defaults.get(extensionOf(part));
  }

  /** Makes `part` resolve to `type`: through the extension's Default when that already says so, else an Override. */
  declare(part: string, type: string, preferDefault: boolean): void {
    if (this.typeOf(part) === type) return;
    const ext = extensionOf(part);
    if (preferDefault && !this.defaults.has(ext)) {
      this.defaults.set(ext, type);
      this.xml = this.xml.replace(/<Types[^>]*>/, (m) => `${m}<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`);
      return;
    }
    this.overrides.set(part, type);
    this.xml = this.xml.replace("</Types>", `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/></Types>`);
  }

  /** Replaces the part's Override (or adds one): e.g. the workbook's main type for a macro-enabled file. */
  setOverride(part: string, type: string): void {
    this.overrides.set(part, type);
    const entry = new RegExp(`<Override\\b[^>]*\\bPartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`);
    const element = `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`;
    this.xml = entry.test(this.xml) ? this.xml.replace(entry, element) : this.xml.replace("</Types>", `${element}</Types>`);
  }

  /** Drops the part's Override (for a part removed from the package). */
  remove(part: string): void {
    if (!this.overrides.delete(part)) return;
    const entry = new RegExp(`<Override\\b[^>]*\\bPartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`);
    this.xml = this.xml.replace(entry, "");
  }

  write(zip: JSZip): void {
    zip.file("[Content_Types].xml", this.xml);
  }
}

function extensionOf(part: string): string {
  const dot = part.lastIndexOf(".");
  return dot < 0 ? "" : part.slice(dot + 1).toLowerCase();
}
