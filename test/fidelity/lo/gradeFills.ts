// The conditional-format fill that each grade gets on the rated sheet, read from the .xlsx itself
// (what LibreOffice reads): <cfRule type="expression"> formulas naming a grade, and their dxf fill.
import JSZip from "jszip";
import { childElements, descendants, parseXml, XmlElement } from "../../../scripts/fidelity/xml";

async function xmlOf(zip: JSZip, name: string): Promise<XmlElement> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is missing from the workbook`);
  return parseXml(await file.async("string"));
}

async function sheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await xmlOf(zip, "xl/workbook.xml");
  const sheet = descendants(workbook, "sheet").find((s) => s.attributes.name === sheetName);
  if (!sheet) throw new Error(`no sheet "${sheetName}" in xl/workbook.xml`);
  const relId = Object.entries(sheet.attributes).find(([k]) => k.endsWith(":id"))?.[1];
  const rels = await xmlOf(zip, "xl/_rels/workbook.xml.rels");
  const target = descendants(rels, "Relationship").find((r) => r.attributes.Id === relId)?.attributes.Target;
  if (!target) throw new Error(`no relationship for sheet "${sheetName}"`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function fillOf(dxf: XmlElement | undefined): string | undefined {
  const pattern = dxf && descendants(dxf, "patternFill")[0];
  if (!pattern) return undefined;
  const colour = childElements(pattern, "bgColor")[0] ?? childElements(pattern, "fgColor")[0];
  const rgb = colour?.attributes.rgb;
  return rgb ? `#${rgb.slice(-6).toUpperCase()}` : undefined;
}

/** grade label -> "#RRGGBB" of the rule whose formula compares the grade cell with that label. */
export async function gradeFills(xlsx: Uint8Array, sheetName: string, grades: string[]): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = await xmlOf(zip, "xl/styles.xml");
  const dxfs = descendants(styles, "dxfs")[0]?.children ?? [];
  const sheet = await xmlOf(zip, await sheetPath(zip, sheetName));
  const fills = new Map<string, string>();
  for (const rule of descendants(sheet, "cfRule")) {
    if (rule.attributes.type !== "expression") continue;
    const formula = childElements(rule, "formula")[0]?.text ?? "";
    const fill = fillOf(dxfs[Number(rule.attributes.dxfId)]);
    if (!fill) continue;
    for (const g of grades) if (formula.includes(`"${g.replace(/"/g, '""')}"`) && !fills.has(g)) fills.set(g, fill);
  }
  return fills;
}
