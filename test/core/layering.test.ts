import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const CORE = join(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier: import/export ... from "x", import("x"), require("x"). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']/g, /\brequire\s*\(\s*["']([^"']+)["']/g, /^\s*import\s+["']([^"']+)["']/gm];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** Core's only package is zod, through its tree-shakable API: the classic "zod" would put all of zod in the task pane bundle. */
const allowedInCore = (specifier: string): boolean => specifier.startsWith("./") || specifier === "zod/mini";

describe("src/core layering", () => {
  const files = sourceFiles(CORE);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it.each(files.map((f) => [f.slice(CORE.length + 1), f]))("%s imports only core files and zod/mini", (_name, file) => {
    const bad = specifiers(readFileSync(file, "utf8")).filter((s) => !allowedInCore(s));
    expect(bad).toEqual([]);
  });
  it("the scan catches a forbidden import", () => {
    const source = 'import { z } from "zod";\nimport { y } from "zod/mini";\nimport { x } from "react";\nconst fs = require("fs");';
    expect(specifiers(source).filter((s) => !allowedInCore(s))).toEqual(["zod", "react", "fs"]);
  });
  it("uses no Office, DOM or Node globals", () => {
    for (const file of files) {
      const source = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      expect([file, /\b(Office|Excel|window|document|process|Buffer)\./.test(source)]).toEqual([file, false]);
    }
  });
});
