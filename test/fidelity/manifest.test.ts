import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { checkManifestFile, checkManifestXml, formatManifestReport } from "../../scripts/fidelity/manifest-check";
import { RuleContext } from "../../scripts/fidelity/manifest-rules";
import { pngSize } from "../../scripts/fidelity/png";

const projectDir = path.resolve(__dirname, "../..");
const validXml = fs.readFileSync(path.join(__dirname, "fixtures/manifest.valid.xml"), "utf8");

/** A real (decodable) square PNG of one colour. */
function png(size: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (1 + size * 3), 0x40);
  for (let y = 0; y < size; y++) raw[y * (1 + size * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

let context: RuleContext;
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  fs.mkdirSync(path.join(dir, "assets"));
  for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(dir, `assets/icon-${size}.png`), png(size));
  fs.mkdirSync(path.join(dir, "src/commands"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "src/commands/commands.ts"),
    `async function rateClients(event: Office.AddinCommands.Event) { event.completed(); }\nOffice.actions.associate("rateClients", rateClients);\n`,
  );
  context = { projectDir: dir, assetsDir: path.join(dir, "assets"), commandsDir: path.join(dir, "src/commands") };
});

const check = (xml: string) => checkManifestXml(xml, context);
const broken = (from: string | RegExp, to: string) => {
  const xml = validXml.replace(from, to);
  if (xml === validXml) throw new Error(`fixture edit did not apply: ${from}`);
  return check(xml).problems.map((p) => `${p.rule}: ${p.message}`);
};

describe("manifest checker on fixtures", () => {
  test("the valid fixture passes every check", () => {
    const report = check(validXml);
    expect(report.problems).toEqual([]);
  });

  test("PNG header sizes are read", () => {
    expect(pngSize(png(80))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from("not a png at all, just text"))).toBeUndefined();
  });

  test.each([
    ["malformed XML", "</Hosts>\n  <Requirements>", "<Requirements>", /xml: line \d+: .*does not close/],
    ["Id not a GUID", "0b7c9e3a-6d1f-4a52-9a8e-2f4b1c3d5e6f", "not-a-guid", /schema: <Id> must be a GUID/],
    ["bad Version", "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>", /schema: <Version> must be a version/],
    ["required element missing", /<Permissions>ReadWriteDocument<\/Permissions>/, "", /schema: <OfficeApp> needs <Permissions>/],
    ["elements out of order", "<Version>1.0.0.0</Version>\n  <ProviderName>Fixture</ProviderName>", "<ProviderName>Fixture</ProviderName>\n  <Version>1.0.0.0</Version>", /schema: <Version> is out of order in <OfficeApp>/],
    ["element not in the schema", "<Permissions>", "<Colour>red</Colour>\n  <Permissions>", /schema: <Colour> is not allowed in <OfficeApp>/],
    ["group without its icon", /(<Label resid="Group.Label"\/>)\s*<Icon>[\s\S]*?<\/Icon>/, "$1", /schema: <Group> needs <Icon> before <Control>/],
    ["unknown permission", "ReadWriteDocument", "Everything", /schema: <Permissions> must be Restricted/],
    ["short string too long", 'DefaultValue="Fixture"/>', `DefaultValue="${"x".repeat(126)}"/>`, /schema: <String DefaultValue=.* must be 1 to 125 characters/],
    ["resource id longer than 32", /Button\.Tooltip/g, "Button.Tooltip.That.Is.Far.Too.Long.For.Office", /schema: .*must be a resource id of 1 to 32 characters/],
    ["http URL", "https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html", /https: <SourceLocation> URL must use https/],
    ["undefined resid", '<Label resid="Group.Label"/>', '<Label resid="Nope.Label"/>', /resources: <Label resid="Nope.Label"> refers to no resource/],
    ["resid of the wrong kind", '<Description resid="Button.Tooltip"/>', '<Description resid="Button.Label"/>', /resources: .*must refer to bt:LongStrings/],
    ["icon file missing", "assets/icon-64.png", "assets/icon-99.png", /icons: <HighResolutionIconUrl>: .*icon-99.png has no file/],
    ["icon of the wrong size", "assets/icon-16.png", "assets/icon-32.png", /icons: icon Icon.16x16 \(size 16\): assets\/icon-32.png is 32x32, must be 16x16/],
    ["mandatory ribbon icon size missing", /\s*<bt:Image size="80" resid="Icon.80x80"\/>\s*<\/Icon>\s*<Control/, "</Icon><Control", /icons: <Icon> lacks the mandatory sizes 80/],
    ["function not registered", "<FunctionName>rateClients</FunctionName>", "<FunctionName>rateAll</FunctionName>", /functions: <FunctionName>rateAll<\/FunctionName> is not registered/],
    ["duplicate control id", 'id="Fixture.Group"', 'id="Fixture.Button"', /ids: id "Fixture.Button" of <Control> is also used/],
  ])("%s is reported", (_name, from, to, expected) => {
    const problems = broken(from, to);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });
});

describe("manifest.xml of the project", () => {
  test("passes the offline checks", () => {
    const report = checkManifestFile(path.join(projectDir, "manifest.xml"), projectDir);
    console.log(formatManifestReport(report));
    expect(report.problems.map((p) => `[${p.rule}] line ${p.line}: ${p.message}`)).toEqual([]);
  });
});
