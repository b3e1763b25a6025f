// Characters XML cannot carry through a parser are written in OOXML as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19
// ST_Xstring): a carriage return would otherwise come back as a line feed (XML end-of-line normalisation).
// A literal "_xHHHH_" in the text gets its underscore escaped (_x005F_) so it is not decoded.
// exceljs decodes _xHHHH_ when reading but writes CR as it is, so text is encoded before it reaches exceljs.
import JSZip from "jszip";
import { partText } from "./zipPackage";

export function encodeOoxmlText(text: string): string {
  if (!text.includes("\r") && !text.includes("_x") && !text.includes("_X")) return text;
  return text.replace(/_(x[0-9a-f]{4}_)/gi, "_x005F_$1").replace(/\r/g, "_x000D_");
}

export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An exceljs cell value with its text (plain or rich) encoded. */
export function encodeCellText<T>(value: T): T {
  if (typeof value === "string") return encodeOoxmlText(value) as T;
  const rich = (value as { richText?: Array<{ text: string }> } | null)?.richText;
  if (Array.isArray(rich)) return { ...value, richText: rich.map((run) => ({ ...run, text: encodeOoxmlText(run.text) })) } as T;
  return value;
}

/**
 * exceljs decodes _xHHHH_ in shared strings but not in inline strings (<is><t>, as the fast export path and
 * other tools write them): turn those into character references, which the XML parser keeps exactly.
 * Returns whether any worksheet changed.
 */
export async function decodeInlineStrings(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = (await partText(zip, name))!;
    if (!xml.includes("_x")) continue;
    const rewritten = xml.replace(/(<is>\s*<t\b[^>]*>)([^<]*)(<\/t>\s*<\/is>)/g, (whole, open: string, text: string, close: string) =>
      text.includes("_x") ? open + text.replace(/_x([0-9A-F]{4})_/g, "&#x$1;") + close : whole,
    );
    if (rewritten !== xml) {
      zip.file(name, rewritten);
      changed = true;
    }
  }
  return changed;
}
