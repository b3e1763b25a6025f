// A small, strict XML reader for manifest.xml: elements, attributes, text, namespaces.
// Rejects what is not well-formed (mismatched or unclosed tags, bad attributes, text after the root).

export interface XmlElement {
  /** Name without prefix, e.g. "Set" for <bt:Set>. */
  name: string;
  /** Namespace URI resolved from xmlns declarations ("" when none). */
  namespace: string;
  /** Attributes by their qualified name as written, e.g. "xsi:type", "DefaultValue". */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent?: XmlElement;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
  }
}

const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XmlSyntaxError("bare '&' (write &amp;)", line);
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = entities[ref];
    if (value === undefined) throw new XmlSyntaxError(`unknown entity ${whole}`, line);
    return value;
  });
}

const tagPattern = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const attributePattern = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: { element: XmlElement; prefixes: Record<string, string> }[] = [];
  let root: XmlElement | undefined;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (source.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const skipPast = (marker: string, what: string) => {
    const end = source.indexOf(marker, pos);
    if (end < 0) throw new XmlSyntaxError(`unclosed ${what}`, line);
    advance(end + marker.length);
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const textEnd = lt < 0 ? source.length : lt;
    const text = source.slice(pos, textEnd);
    if (text.trim() !== "") {
      const top = stack[stack.length - 1];
      if (!top) throw new XmlSyntaxError("text outside the root element", line);
      top.element.text += decode(text, line);
    }
    advance(textEnd);
    if (lt < 0) break;
    if (source.startsWith("<!--", pos)) skipPast("-->", "comment");
    else if (source.startsWith("<?", pos)) skipPast("?>", "processing instruction");
    else if (source.startsWith("<![CDATA[", pos)) {
      const end = source.indexOf("]]>", pos);
      if (end < 0 || !stack.length) throw new XmlSyntaxError("bad CDATA section", line);
      stack[stack.length - 1].element.text += source.slice(pos + 9, end);
      advance(end + 3);
    } else if (source.startsWith("<!", pos)) skipPast(">", "declaration");
    else {
      tagPattern.lastIndex = pos;
      const m = tagPattern.exec(source);
      if (!m) throw new XmlSyntaxError(`malformed tag near "${source.slice(pos, pos + 40)}"`, line);
      const [whole, closing, qname, attributeText, selfClosing] = m;
      const tagLine = line;
      if (closing) {
        const open = stack.pop();
        if (!open || qualifiedName(open.element) !== qname) {
          throw new XmlSyntaxError(`</${qname}> does not close ${open ? `<${qualifiedName(open.element)}>` : "anything"}`, tagLine);
        }
      } else {
        if (root && !stack.length) throw new XmlSyntaxError("a second root element", tagLine);
        const attributes: Record<string, string> = {};
        for (const a of attributeText.matchAll(attributePattern)) {
          if (a[1] in attributes) throw new XmlSyntaxError(`attribute ${a[1]} given twice`, tagLine);
          attributes[a[1]] = decode(a[2] ?? a[3] ?? "", tagLine);
        }
        const parentPrefixes = stack.length ? stack[stack.length - 1].prefixes : {};
        const prefixes = { ...parentPrefixes };
        for (const [k, v] of Object.entries(attributes)) {
          if (k === "xmlns") prefixes[""] = v;
          else if (k.startsWith("xmlns:")) prefixes[k.slice(6)] = v;
        }
        const colon = qname.indexOf(":");
        const prefix = colon < 0 ? "" : qname.slice(0, colon);
        const ns = prefixes[prefix];
        if (prefix && ns === undefined) throw new XmlSyntaxError(`undeclared prefix ${prefix}:`, tagLine);
        const parent = stack.length ? stack[stack.length - 1].element : undefined;
        const element: XmlElement = {
          name: colon < 0 ? qname : qname.slice(colon + 1),
          namespace: ns ?? "",
          attributes,
          children: [],
          text: "",
          line: tagLine,
          parent,
        };
        (element as XmlElement & { qname: string }).qname = qname;
        if (parent) parent.children.push(element);
        else root = element;
        if (!selfClosing) stack.push({ element, prefixes });
      }
      advance(pos + whole.length);
    }
  }
  if (stack.length) throw new XmlSyntaxError(`<${qualifiedName(stack[stack.length - 1].element)}> is never closed`, line);
  if (!root) throw new XmlSyntaxError("no root element", line);
  return root;
}

function qualifiedName(element: XmlElement): string {
  return (element as XmlElement & { qname?: string }).qname ?? element.name;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return name === undefined ? element.children : element.children.filter((c) => c.name === name);
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}

/** The xsi:type of an element without its prefix, e.g. "TaskPaneApp". */
export function xsiType(element: XmlElement): string | undefined {
  const entry = Object.entries(element.attributes).find(([k]) => k === "xsi:type" || k.endsWith(":type"));
  if (!entry) return undefined;
  const v = entry[1];
  return v.includes(":") ? v.slice(v.indexOf(":") + 1) : v;
}
