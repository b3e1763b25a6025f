// JSON kept in a custom XML part: <root xmlns="ns" version="1"><![CDATA[{...}]]></root>.
// Parsed with regular expressions because the same code runs where there is no DOMParser (Node).

export function buildXmlRecord(root: string, namespace: string, version: number, json: unknown): string {
  // "]]>" cannot sit inside CDATA: split it across two sections.
  const body = JSON.stringify(json).replace(/]]>/g, "]]]]><![CDATA[>");
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${namespace}" version="${version}"><![CDATA[${body}]]></${root}>`;
}

export type XmlRecord = { ok: true; version: number; text: string } | { ok: false; message: string };

export function readXmlRecord(xml: string): XmlRecord {
  const open = /<([A-Za-z_][\w.-]*)\b([^>]*)>/.exec(xml.replace(/^<\?xml[^>]*\?>/, ""));
  if (!open) return { ok: false, message: "The stored record is not XML." };
  const versionMatch = /\bversion\s*=\s*"(\d+)"/.exec(open[2]);
  if (!versionMatch) return { ok: false, message: "The stored record has no version." };
  const sections = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)]]>/g)].map((m) => m[1]);
  const text = sections.length > 0 ? sections.join("") : unescapeXml(innerText(xml, open[1]));
  return { ok: true, version: Number(versionMatch[1]), text };
}

function innerText(xml: string, root: string): string {
  const m = new RegExp(`<${root}\\b[^>]*>([\\s\\S]*)</${root}>`).exec(xml);
  return m ? m[1] : "";
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
