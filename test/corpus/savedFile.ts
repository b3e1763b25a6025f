// The saved copy keeps what the file had: for a case that starts from a saved workbook, the rated workbook is
// saved as the command line saves it (SimWorkbook.toXlsx) and compared, feature by feature, with the input:
// protection elements and Allow Edit Ranges exactly, data validation rules, hyperlink ScreenTips, the main content type (an .xlsm
// stays macro-enabled), and the VBA project, PivotTable and pivot cache parts (each input part unchanged; the
// PivotTable the rating writes comes in addition).
import { createHash } from "crypto";
import JSZip from "jszip";

const KEPT_PART_TYPES = ["vbaProject", "pivotTable", "pivotCacheDefinition", "pivotCacheRecords"];

/** Feature -> how it reads in the file; sheets are named by their name, not their part. */
async function fileFeatures(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const features = new Map<string, string>();
  const types = await text("[Content_Types].xml");
  features.set("workbook content type", /<Override\b[^>]*PartName="\/xl\/workbook\.xml"[^>]*ContentType="([^"]*)"/.exec(types)?.[1] ?? "");
  const workbook = await text("xl/workbook.xml");
  const lock = /<workbookProtection\b[^>]*\/?>/.exec(workbook)?.[0];
  if (lock) features.set("workbookProtection", lock);
  const rels = await text("xl/_rels/workbook.xml.rels");
  for (const m of workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"/g)) {
    const target = new RegExp(`<Relationship\\b[^>]*\\bId="${m[2]}"[^>]*\\bTarget="([^"]*)"`).exec(rels)?.[1] ?? "";
    const xml = await text(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    const sheet = m[1];
    const protection = /<sheetProtection\b[^>]*\/?>/.exec(xml)?.[0];
    if (protection) features.set(`${sheet}: sheetProtection`, protection);
    for (const range of xml.matchAll(/<protectedRange\b[^>]*>/g)) features.set(`${sheet}: protected range ${/\bname="([^"]*)"/.exec(range[0])?.[1]}`, range[0]);
    for (const rule of xml.matchAll(/<dataValidation\b[\s\S]*?(?:<\/dataValidation>|\/>)/g)) {
      features.set(`${sheet}: data validation ${/\bsqref="([^"]*)"/.exec(rule[0])?.[1]}`, rule[0]);
    }
    for (const rule of xml.matchAll(/<x14:dataValidation\b[\s\S]*?<\/x14:dataValidation>/g)) {
      features.set(`${sheet}: data validation (extLst) ${/<xm:sqref>([^<]*)</.exec(rule[0])?.[1]}`, rule[0]);
    }
    for (const link of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
      const tooltip = /\btooltip="([^"]*)"/.exec(link[0])?.[1];
      if (tooltip !== undefined) features.set(`${sheet}: hyperlink ScreenTip at ${/\bref="([^"]*)"/.exec(link[0])?.[1]}`, tooltip);
    }
  }
  for (const type of KEPT_PART_TYPES) {
    const parts = await partsOfType(zip, type);
    if (parts.length === 0) continue;
    const digests = await Promise.all(parts.map(async (p) => createHash("sha1").update(await zip.file(p)!.async("uint8array")).digest("hex")));
    features.set(`${type} parts`, digests.sort().join(","));
  }
  return features;
}

async function partsOfType(zip: JSZip, type: string): Promise<string[]> {
  const found = new Set<string>();
  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const base = relsPath.replace(/_rels\/[^/]*\.rels$/, "");
    for (const m of (await zip.file(relsPath)!.async("string")).matchAll(/<Relationship\b[^>]*>/g)) {
      if (!new RegExp(`\\bType="[^"]*/${type}"`).test(m[0])) continue;
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? "";
      found.add(resolve(base, target));
    }
  }
  return [...found].filter((p) => zip.file(p));
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** Every feature of the input that the saved copy lacks or changed. */
export async function savedFileLosses(input: Uint8Array, saved: Uint8Array): Promise<string[]> {
  const before = await fileFeatures(input);
  const after = await fileFeatures(saved);
  const out: string[] = [];
  for (const [feature, value] of before) {
    const now = after.get(feature);
    if (feature.endsWith(" parts") ? !keepsEvery(value, now) : now !== value) {
      out.push(`${feature}: ${clip(value)} -> ${now === undefined ? "(gone)" : clip(now)}`);
    }
  }
  return out;
}

/** Every part of the input, byte for byte, is still in the saved copy; the rating's own PivotTable may sit beside them. */
function keepsEvery(before: string, after: string | undefined): boolean {
  const kept = new Set((after ?? "").split(","));
  return before.split(",").every((digest) => kept.has(digest));
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}...` : s);
