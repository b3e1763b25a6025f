// manifest.xml's promises for the ribbon and the panel (what the offline schema check leaves unchecked):
// one shared runtime of long lifetime, declared as Office documents it, and a minimum Excel whose webview
// can run the bundle.
// https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
import * as fs from "fs";
import * as path from "path";
import { compareVersions, declaredSetsFromXml } from "../../scripts/fidelity/manifest-sets";
import { descendants, parseXml, type XmlElement } from "../../scripts/fidelity/xml";

const xml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const root = parseXml(xml);
const one = (within: XmlElement, name: string) => {
  const found = descendants(within, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const urlOf = (resid: string) => descendants(root, "Url").find((u) => u.attributes.id === resid)?.attributes.DefaultValue;

test("SharedRuntime 1.1 and ExcelApi 1.13 or later gate activation", () => {
  const { sets } = declaredSetsFromXml(xml);
  expect(sets.SharedRuntime).toBe("1.1");
  expect(compareVersions(sets.ExcelApi, "1.13")).toBeGreaterThanOrEqual(0);
});

test("one long-lived runtime, and the ribbon's function file and the panel are that runtime's page", () => {
  const runtime = one(one(root, "Runtimes"), "Runtime");
  expect(runtime.attributes.lifetime).toBe("long");
  const resid = runtime.attributes.resid;
  expect(one(root, "FunctionFile").attributes.resid).toBe(resid);
  const showTaskpane = descendants(root, "Action").find((a) => a.attributes["xsi:type"] === "ShowTaskpane")!;
  expect(one(showTaskpane, "SourceLocation").attributes.resid).toBe(resid);
  expect(urlOf(resid)).toBe(one(one(root, "DefaultSettings"), "SourceLocation").attributes.DefaultValue);
});

test("<Runtimes> comes first in the host, as the VersionOverrides schema orders it", () => {
  const host = one(root, "Runtimes").parent!;
  expect(host.name).toBe("Host");
  expect(host.children[0].name).toBe("Runtimes");
});
