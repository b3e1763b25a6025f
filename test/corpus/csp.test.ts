// The panel's Content-Security-Policy: scripts and connections only from the add-in's own origin and
// Office's script host (docs/DESIGN.md: no network beyond Office, no CDN but office.js).
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { cspFromHtml, effectiveSources, parseCsp } from "./csp";

const ROOT = join(__dirname, "..", "..");
const OFFICE = "https://appsforoffice.microsoft.com";
const ALLOWED = new Set(["'self'", OFFICE, "'none'"]);

/**
 * taskpane.html as html-webpack-plugin renders it: the template with the policy webpack.config.js
 * passes in. The config is evaluated by plain Node with the two plugins stubbed, so only the options
 * the config gives them matter (and a broken plugin dependency does not hide the policy).
 */
function renderedTaskpane(mode: "production" | "development"): string {
  const script = `
    const Module = require("module");
    const load = Module._load;
    class Capture { constructor(o) { this.userOptions = o; } }
    Module._load = function (request, ...rest) {
      if (request === "html-webpack-plugin" || request === "copy-webpack-plugin") return Capture;
      return load.call(this, request, ...rest);
    };
    require("./webpack.config.js")({}, { mode: "${mode}" }).then((c) => {
      const page = c.plugins.map((p) => p.userOptions).find((o) => o && o.filename === "taskpane.html");
      process.stdout.write(JSON.stringify(page ? page.csp : null));
    });`;
  const csp = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as string | null;
  if (!csp) throw new Error("no taskpane.html page with a csp option in webpack.config.js");
  const template = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
  return template.replace(/<%=\s*htmlWebpackPlugin\.options\.csp\s*%>/g, csp);
}

describe("checks on a policy", () => {
  test("a policy letting scripts from a CDN is caught", () => {
    const d = parseCsp("default-src 'self'; script-src 'self' https://cdn.example.com");
    expect(effectiveSources(d, "script-src")!.filter((s) => !ALLOWED.has(s))).toEqual(["https://cdn.example.com"]);
  });
  test("without script-src, default-src is in force; without either, nothing restricts", () => {
    expect(effectiveSources(parseCsp("default-src *"), "connect-src")).toEqual(["*"]);
    expect(effectiveSources(parseCsp("img-src 'self'"), "script-src")).toBeNull();
  });
});

describe("the task pane's Content-Security-Policy (production build)", () => {
  let directives: Map<string, string[]>;
  let html: string;
  beforeAll(() => {
    html = renderedTaskpane("production");
    const policy = cspFromHtml(html);
    if (!policy) throw new Error("taskpane.html has no Content-Security-Policy meta tag");
    directives = parseCsp(policy);
  });

  test.each(["script-src", "script-src-elem", "worker-src", "connect-src"])("%s allows only 'self' and Office's script host", (d) => {
    const sources = effectiveSources(directives, d);
    expect(sources).not.toBeNull();
    expect(sources!.filter((s) => !ALLOWED.has(s))).toEqual([]);
  });

  test("connections go to the add-in's own origin only", () => {
    expect(effectiveSources(directives, "connect-src")!.filter((s) => s !== "'self'" && s !== "'none'")).toEqual([]);
  });

  test("every script tag of the page loads from an allowed origin", () => {
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]);
    expect(srcs.filter((s) => /^https?:/i.test(s) && !s.startsWith(`${OFFICE}/`))).toEqual([]);
  });

  test("no object embedding and no base-uri hijack", () => {
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
  });
});

test("in development only the dev server's websocket is added to connect-src", () => {
  const d = parseCsp(cspFromHtml(renderedTaskpane("development"))!);
  expect(effectiveSources(d, "script-src")!.filter((s) => !ALLOWED.has(s))).toEqual([]);
  expect(effectiveSources(d, "connect-src")!.filter((s) => !ALLOWED.has(s))).toEqual(["ws:", "wss:"]);
});
