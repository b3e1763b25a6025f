// Structural validation of an add-in-only (XML) task pane manifest, written from Microsoft's schemas
// OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypesV1_0.xsd
// (published with the Office Add-ins docs and in [MS-OWEMXML] appendix A). It covers the elements a
// task pane add-in with ribbon buttons uses: their order, counts, required attributes and value types.
// Elements below ones it does not know (e.g. <Runtimes>) are left unchecked and listed as such.
import { XmlElement, xsiType } from "./xml";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov11: "http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1",
} as const;

export interface ManifestProblem {
  rule: string;
  message: string;
  line?: number;
}

type Particle = { name: string; ns?: keyof typeof NS; min?: number; max?: number };
type Content = { sequence: Particle[] };

const one = (name: string, ns?: keyof typeof NS): Particle => ({ name, ns, min: 1, max: 1 });
const opt = (name: string, ns?: keyof typeof NS): Particle => ({ name, ns, min: 0, max: 1 });
const many = (name: string, ns?: keyof typeof NS, min = 1): Particle => ({ name, ns, min, max: Infinity });

/** Content models keyed by "prefix:Name" or "prefix:Name[xsi:type]"; children default to the parent's namespace. */
const contentModels: Record<string, Content> = {
  "app:OfficeApp[TaskPaneApp]": {
    sequence: [
      one("Id"), opt("AlternateId"), one("Version"), one("ProviderName"), one("DefaultLocale"), one("DisplayName"),
      one("Description"), opt("IconUrl"), opt("HighResolutionIconUrl"), opt("SupportUrl"), opt("AppDomains"), opt("Hosts"),
      opt("Requirements"), one("DefaultSettings"), one("Permissions"), opt("Dictionary"), opt("VersionOverrides", "ov"),
    ],
  },
  "app:AppDomains": { sequence: [many("AppDomain")] },
  "app:Hosts": { sequence: [many("Host")] },
  "app:Requirements": { sequence: [opt("Sets"), opt("Methods")] },
  "app:Sets": { sequence: [many("Set")] },
  "app:Methods": { sequence: [many("Method")] },
  "app:DefaultSettings": { sequence: [one("SourceLocation")] },
  "ov:VersionOverrides[VersionOverridesV1_0]": {
    sequence: [
      opt("Description"), opt("Requirements"), opt("Hosts"), opt("Resources"), opt("WebApplicationInfo"),
      opt("EquivalentAddins"), opt("VersionOverrides", "ov11"),
    ],
  },
  "ov:Requirements": { sequence: [opt("Sets", "bt"), opt("Methods", "bt")] },
  "bt:Sets": { sequence: [many("Set")] },
  "ov:Hosts": { sequence: [many("Host")] },
  "ov:Host": { sequence: [opt("Runtimes"), opt("AllFormFactors"), opt("DesktopFormFactor"), opt("MobileFormFactor")] },
  "ov:DesktopFormFactor": { sequence: [opt("GetStarted"), opt("FunctionFile"), many("ExtensionPoint")] },
  "ov:GetStarted": { sequence: [one("Title"), one("Description"), one("LearnMoreUrl")] },
  "ov:ExtensionPoint[PrimaryCommandSurface]": { sequence: [many("OfficeTab", undefined, 0), many("CustomTab", undefined, 0)] },
  "ov:ExtensionPoint[ContextMenu]": { sequence: [many("OfficeMenu")] },
  "ov:OfficeTab": { sequence: [many("Group")] },
  "ov:CustomTab": { sequence: [many("Group"), one("Label")] },
  "ov:OfficeMenu": { sequence: [many("Control")] },
  "ov:Group": { sequence: [one("Label"), one("Icon"), many("Control")] },
  "ov:Icon": { sequence: [many("Image", "bt")] },
  "ov:Control[Button]": { sequence: [one("Label"), one("Supertip"), one("Icon"), one("Action")] },
  "ov:Control[Menu]": { sequence: [one("Label"), one("Supertip"), one("Icon"), one("Items")] },
  "ov:Items": { sequence: [many("Item")] },
  "ov:Item": { sequence: [one("Label"), one("Supertip"), opt("Icon"), one("Action")] },
  "ov:Supertip": { sequence: [one("Title"), one("Description")] },
  "ov:Action[ExecuteFunction]": { sequence: [one("FunctionName")] },
  "ov:Action[ShowTaskpane]": { sequence: [opt("TaskpaneId"), one("SourceLocation"), opt("Title"), opt("SupportsPinning")] },
  "ov:Resources": { sequence: [opt("Images", "bt"), opt("Urls", "bt"), opt("ShortStrings", "bt"), opt("LongStrings", "bt")] },
  "bt:Images": { sequence: [many("Image")] },
  "bt:Urls": { sequence: [many("Url")] },
  "bt:ShortStrings": { sequence: [many("String")] },
  "bt:LongStrings": { sequence: [many("String")] },
};

/** Locale-aware settings: only <Override> children. */
const localeAware = new Set([
  "app:DisplayName", "app:Description", "app:IconUrl", "app:HighResolutionIconUrl", "app:SupportUrl", "app:SourceLocation",
  "bt:Image", "bt:Url", "bt:String",
]);
/** Leaf elements: text or attributes only. */
const leaves = new Set([
  "app:Id", "app:AlternateId", "app:Version", "app:ProviderName", "app:DefaultLocale", "app:AppDomain", "app:Host", "app:Set",
  "app:Method", "app:Permissions", "app:Override", "bt:Set", "bt:Override", "bt:Image", "ov:Label", "ov:Title", "ov:Description",
  "ov:LearnMoreUrl", "ov:FunctionFile", "ov:FunctionName", "ov:TaskpaneId", "ov:SourceLocation", "ov:SupportsPinning",
]);

const shortString = (v: string) => v.length >= 1 && v.length <= 125;
const longString = (v: string) => v.length >= 1 && v.length <= 250;
const url = (v: string) => v.length >= 1 && v.length <= 2048 && !/\s/.test(v);
const uuid = (v: string) =>
  /^(?:(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/.test(v);
const version = (v: string) => /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/.test(v);
const shortVersion = (v: string) => /^[0-9]{1,5}\.[0-9]{1,5}$/.test(v);
const cultureName = (v: string) =>
  /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/.test(v);
const referenceId = (v: string) => v.length >= 1 && v.length <= 32;
const integer = (v: string) => /^[+-]?\d+$/.test(v);
const permissions = (v: string) => ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"].includes(v);
const boolean = (v: string) => ["true", "false", "1", "0"].includes(v);

type ValueType = [check: (v: string) => boolean, what: string];
const T = {
  short: [shortString, "1 to 125 characters"],
  long: [longString, "1 to 250 characters"],
  url: [url, "a URL of 1 to 2048 characters"],
  uuid: [uuid, "a GUID"],
  version: [version, "a version n[.n[.n[.n]]] (up to 5 digits each)"],
  shortVersion: [shortVersion, "a version n.n"],
  culture: [cultureName, "a culture name like en-US"],
  refId: [referenceId, "a resource id of 1 to 32 characters"],
  integer: [integer, "an integer"],
  permissions: [permissions, "Restricted, ReadDocument, ReadAllDocument, WriteDocument or ReadWriteDocument"],
  boolean: [boolean, "true or false"],
} satisfies Record<string, ValueType>;

/** Text content types of leaf elements. */
const textTypes: Record<string, ValueType> = {
  "app:Id": T.uuid, "app:Version": T.version, "app:ProviderName": T.short, "app:DefaultLocale": T.culture,
  "app:AppDomain": T.long, "app:Permissions": T.permissions, "ov:FunctionName": T.long, "ov:TaskpaneId": T.short,
  "ov:SupportsPinning": T.boolean,
};

/** Required attributes and their types, by element key; `?` marks optional ones. */
const attributeTypes: Record<string, Record<string, ValueType>> = {
  "app:DisplayName": { DefaultValue: T.short }, "app:Description": { DefaultValue: T.long },
  "app:IconUrl": { DefaultValue: T.url }, "app:HighResolutionIconUrl": { DefaultValue: T.url },
  "app:SupportUrl": { DefaultValue: T.url }, "app:SourceLocation": { DefaultValue: T.url },
  "app:Override": { Locale: T.culture, Value: T.long }, "app:Host": { Name: T.short },
  "app:Set": { Name: T.short, "MinVersion?": T.shortVersion }, "app:Sets": { "DefaultMinVersion?": T.shortVersion },
  "bt:Set": { Name: T.short, "MinVersion?": T.shortVersion }, "bt:Sets": { "DefaultMinVersion?": T.shortVersion },
  "bt:Url": { id: T.refId, DefaultValue: T.url }, "bt:Override": { Locale: T.culture, Value: T.long },
  "ov:OfficeTab": { id: T.short }, "ov:CustomTab": { id: T.short }, "ov:Group": { id: T.short }, "ov:Control": { id: T.short },
  "ov:OfficeMenu": { id: T.short }, "ov:Item": { id: T.short },
  "ov:Label": { resid: T.refId }, "ov:Title": { resid: T.refId }, "ov:Description": { resid: T.refId },
  "ov:LearnMoreUrl": { resid: T.refId }, "ov:FunctionFile": { resid: T.refId }, "ov:SourceLocation": { resid: T.refId },
};

export function keyOf(element: XmlElement): string {
  const prefix = (Object.keys(NS) as (keyof typeof NS)[]).find((k) => NS[k] === element.namespace) ?? "?";
  return `${prefix}:${element.name}`;
}

function modelFor(element: XmlElement): { key: string; content?: Content } {
  const key = keyOf(element);
  const type = xsiType(element);
  const typed = type ? contentModels[`${key}[${type}]`] : undefined;
  if (typed) return { key: `${key}[${type}]`, content: typed };
  return { key, content: contentModels[key] };
}

export interface SchemaResult {
  problems: ManifestProblem[];
  /** Elements whose content the validator does not know, so did not check. */
  unchecked: string[];
}

export function validateStructure(root: XmlElement): SchemaResult {
  const problems: ManifestProblem[] = [];
  const unchecked = new Set<string>();
  const problem = (element: XmlElement, message: string) => problems.push({ rule: "schema", message, line: element.line });

  if (keyOf(root) !== "app:OfficeApp") problem(root, `root must be <OfficeApp> in ${NS.app}, found <${root.name}> in "${root.namespace}"`);
  if (xsiType(root) !== "TaskPaneApp") problem(root, `<OfficeApp> xsi:type must be TaskPaneApp, found ${xsiType(root) ?? "none"}`);

  const visit = (element: XmlElement) => {
    const key = keyOf(element);
    const { key: modelKey, content } = modelFor(element);
    checkAttributes(element, key, problem);
    checkText(element, key, problem);
    if (content) checkContent(element, modelKey, content, problem);
    else if (localeAware.has(key)) checkOnly(element, "Override", problem);
    else if (leaves.has(key) || (key === "bt:Image" && element.parent && keyOf(element.parent) === "ov:Icon")) {
      if (element.children.length) problem(element, `<${element.name}> takes no child elements`);
    } else {
      unchecked.add(modelKey);
      return;
    }
    element.children.forEach(visit);
  };
  visit(root);
  return { problems, unchecked: [...unchecked] };
}

function checkOnly(element: XmlElement, childName: string, problem: (e: XmlElement, m: string) => void) {
  for (const c of element.children) {
    if (c.name !== childName || c.namespace !== element.namespace) problem(c, `<${c.name}> is not allowed in <${element.name}>`);
  }
}

function checkText(element: XmlElement, key: string, problem: (e: XmlElement, m: string) => void) {
  const type = textTypes[key];
  if (type && !type[0](element.text.trim())) problem(element, `<${element.name}> must be ${type[1]}, found "${element.text.trim()}"`);
}

function checkAttributes(element: XmlElement, key: string, problem: (e: XmlElement, m: string) => void) {
  let types = attributeTypes[key];
  const parentKey = element.parent ? keyOf(element.parent) : "";
  if (key === "bt:Image") types = parentKey === "ov:Icon" ? { size: T.integer, resid: T.refId } : { id: T.refId, DefaultValue: T.url };
  if (key === "bt:String") types = { id: T.refId, DefaultValue: parentKey === "bt:LongStrings" ? T.long : T.short };
  if (key === "bt:Override" && element.parent && keyOf(element.parent) === "bt:String") {
    types = { Locale: T.culture, Value: element.parent.parent && keyOf(element.parent.parent) === "bt:LongStrings" ? T.long : T.short };
  }
  if (key === "app:Override" && element.parent) {
    const p = keyOf(element.parent);
    types = { Locale: T.culture, Value: p === "app:DisplayName" ? T.short : p === "app:Description" ? T.long : T.url };
  }
  for (const [rawName, [check, what]] of Object.entries(types ?? {})) {
    const optional = rawName.endsWith("?");
    const name = optional ? rawName.slice(0, -1) : rawName;
    const value = element.attributes[name];
    if (value === undefined) {
      if (!optional) problem(element, `<${element.name}> needs the attribute ${name}`);
    } else if (!check(value)) problem(element, `<${element.name} ${name}="${value}"> must be ${what}`);
  }
}

function checkContent(element: XmlElement, modelKey: string, content: Content, problem: (e: XmlElement, m: string) => void) {
  const nsOf = (p: Particle) => (p.ns ? NS[p.ns] : element.namespace);
  const children = element.children;
  let i = 0;
  for (const particle of content.sequence) {
    let count = 0;
    while (i < children.length && children[i].name === particle.name && children[i].namespace === nsOf(particle)) {
      count++;
      i++;
    }
    if (count < (particle.min ?? 0)) problem(element, `<${element.name}> needs <${particle.name}>${i < children.length ? ` before <${children[i].name}>` : ""}`);
    if (count > (particle.max ?? 1)) problem(element, `<${element.name}> allows at most ${particle.max} <${particle.name}>, found ${count}`);
  }
  for (; i < children.length; i++) {
    const c = children[i];
    const known = content.sequence.some((p) => p.name === c.name && nsOf(p) === c.namespace);
    problem(c, known ? `<${c.name}> is out of order in <${element.name}> (expected order: ${content.sequence.map((p) => p.name).join(", ")})` : `<${c.name}> is not allowed in <${element.name}> (${modelKey})`);
  }
}
