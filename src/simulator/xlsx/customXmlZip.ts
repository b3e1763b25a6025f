// Custom XML parts in the .xlsx package, which exceljs neither reads nor writes:
// customXml/itemN.xml (the XML), customXml/itemPropsN.xml (its id), customXml/_rels/itemN.xml.rels,
// a customXml relationship from xl/_rels/workbook.xml.rels and a content-type override for the props part.
// https://learn.microsoft.com/openspecs/office_standards/ms-oe376 (ECMA-376 Part 1, 22.5 Custom XML Data Properties)
import JSZip from "jszip";
import { CustomXmlPartModel } from "../model/workbook";

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function decode(bytes: Uint8Array): string {
  // Custom XML items are UTF-8 or UTF-16 (with BOM); Excel writes UTF-8 for parts added through the API.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readCustomXmlParts(zip: JSZip): Promise<CustomXmlPartModel[]> {
  const items = Object.keys(zip.files)
    .map((name) => /^customXml\/item(\d+)\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  const parts: CustomXmlPartModel[] = [];
  for (const m of items) {
    const xml = decode(await zip.file(m[0])!.async("uint8array"));
    const props = zip.file(`customXml/itemProps${m[1]}.xml`);
    const propsXml = props ? decode(await props.async("uint8array")) : "";
    const id = /itemID\s*=\s*"([^"]+)"/.exec(propsXml)?.[1] ?? `{00000000-0000-4000-8000-${m[1].padStart(12, "0")}}`;
    parts.push({ id, xml });
  }
  return parts;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export async function writeCustomXmlParts(zip: JSZip, parts: CustomXmlPartModel[]): Promise<void> {
  if (parts.length === 0) return;
  const relsPath = "xl/_rels/workbook.xml.rels";
  let rels = await zip.file(relsPath)!.async("string");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  if (!/Extension="xml"/i.test(types)) types = types.replace(/<Types[^>]*>/, (m) => `${m}<Default Extension="xml" ContentType="application/xml"/>`);
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.file(`customXml/item${n}.xml`, part.xml);
    zip.file(
      `customXml/itemProps${n}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${escapeAttr(part.id)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    zip.file(
      `customXml/_rels/item${n}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
    );
    rels = rels.replace("</Relationships>", `<Relationship Id="rIdSimCustomXml${n}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_PROPS}"/></Types>`);
  });
  zip.file(relsPath, rels);
  zip.file("[Content_Types].xml", types);
}
