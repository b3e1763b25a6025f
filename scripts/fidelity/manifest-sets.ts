// The requirement sets manifest.xml declares (the base <Requirements><Sets>, which gates activation).
import * as fs from "fs";
import { parseXml, childElements, XmlElement } from "./xml";

export interface DeclaredSets {
  /** Set name -> minimum version, e.g. { ExcelApi: "1.7" }. */
  sets: Record<string, string>;
  /** Why a default was used, when manifest.xml is missing or declares no ExcelApi. */
  note?: string;
}

const DEFAULT_EXCEL_API = "1.1";

export function readDeclaredSets(manifestPath: string): DeclaredSets {
  if (!fs.existsSync(manifestPath)) {
    return {
      sets: { ExcelApi: DEFAULT_EXCEL_API },
      note: `${manifestPath} does not exist yet: assuming ExcelApi ${DEFAULT_EXCEL_API}`,
    };
  }
  return declaredSetsFromXml(fs.readFileSync(manifestPath, "utf8"));
}

export function declaredSetsFromXml(xml: string): DeclaredSets {
  const root = parseXml(xml);
  const sets: Record<string, string> = {};
  const requirements = childElements(root, "Requirements")[0];
  const setsElement = requirements ? childElements(requirements, "Sets")[0] : undefined;
  if (setsElement) collectSets(setsElement, sets);
  if (sets.ExcelApi) return { sets };
  return {
    sets: { ...sets, ExcelApi: DEFAULT_EXCEL_API },
    note: `manifest.xml declares no ExcelApi set in <Requirements>: assuming ExcelApi ${DEFAULT_EXCEL_API}`,
  };
}

function collectSets(setsElement: XmlElement, into: Record<string, string>): void {
  const defaultVersion = setsElement.attributes.DefaultMinVersion ?? "1.1";
  for (const set of childElements(setsElement, "Set")) {
    const name = set.attributes.Name;
    if (name) into[name] = set.attributes.MinVersion ?? defaultVersion;
  }
}

/** Compares "1.10" and "1.9" numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
