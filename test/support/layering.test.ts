// The layers of docs/CONTRACTS.md hold: every import in src/ (static, dynamic, require, `new URL(...)` of a
// worker, type-only included) goes to the file's own folder, to a folder the table there allows, or to an
// allowed package. And comments in src/ point at files in the repo, not at tracker issues or folders outside it.
import * as fs from "node:fs";
import { builtinModules } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");

interface Layer {
  folder: string;
  ours: string[];
  packages: string[];
}

/** The table between `<!-- layers:start -->` and `<!-- layers:end -->` in docs/CONTRACTS.md. */
function readLayers(root: string): Layer[] {
  const doc = fs.readFileSync(path.join(root, "docs", "CONTRACTS.md"), "utf8");
  const table = /<!-- layers:start -->([\s\S]*?)<!-- layers:end -->/.exec(doc);
  if (!table) throw new Error("docs/CONTRACTS.md has no <!-- layers:start --> table");
  const cells = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\/$/, ""));
  return table[1]
    .split("\n")
    .filter((line) => /^\|\s*`src\//.test(line))
    .map((line) => {
      const [folder, ours, packages] = line.split("|").slice(1, 4);
      return { folder: cells(folder)[0], ours: cells(ours), packages: cells(packages) };
    });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function specifiersOf(text: string): string[] {
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const m of text.matchAll(/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) found.push(m[1]);
  return found;
}

/** "react-dom/client" -> "react-dom", "@fluentui/react-icons" -> "@fluentui/react-icons", "fs" and "node:fs" -> "node:fs". */
function packageOf(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? `node:${name}` : name;
}

function packageAllowed(name: string, allowed: string[]): boolean {
  return allowed.some((rule) => (rule.endsWith("*") ? name.startsWith(rule.slice(0, -1)) : name === rule));
}

/** Every import in `root`/src that breaks the table, as "src/core/x.ts imports ../excel/y (src/excel)". */
function layerViolations(root: string): string[] {
  const layers = readLayers(root);
  const layerOf = (file: string) => layers.find((l) => file === l.folder || file.startsWith(`${l.folder}/`));
  const problems: string[] = [];
  for (const full of sourceFiles(path.join(root, "src"))) {
    const file = path.relative(root, full).split(path.sep).join("/");
    const layer = layerOf(file);
    if (!layer) {
      problems.push(`${file} is in no layer of docs/CONTRACTS.md`);
      continue;
    }
    for (const specifier of specifiersOf(fs.readFileSync(full, "utf8"))) {
      if (specifier.startsWith(".")) {
        const target = path.relative(root, path.resolve(path.dirname(full), specifier)).split(path.sep).join("/");
        const targetLayer = layerOf(target);
        if (targetLayer === layer) continue;
        if (!targetLayer || !layer.ours.includes(targetLayer.folder)) problems.push(`${file} imports ${specifier} (${targetLayer?.folder ?? target})`);
      } else if (!packageAllowed(packageOf(specifier), layer.packages)) {
        problems.push(`${file} imports package ${specifier}`);
      }
    }
  }
  return problems;
}

function commentsOf(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const seen = new Set<number>();
  const comments: string[] = [];
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      comments.push(text.slice(r.pos, r.end));
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return comments;
}

/** Comments naming a tracker issue, a folder outside the repo, or a .md file that is not there. */
function commentViolations(root: string): string[] {
  const problems: string[] = [];
  for (const full of sourceFiles(path.join(root, "src"))) {
    const file = path.relative(root, full).split(path.sep).join("/");
    for (const comment of commentsOf(file, fs.readFileSync(full, "utf8"))) {
      const words = comment.replace(/https?:\/\/\S+/g, "");
      const issue = /\bissues? #?\d+|\b\d+\. issue\b/i.exec(words);
      if (issue) problems.push(`${file}: comment names a tracker issue ("${issue[0]}")`);
      if (words.includes("../shared")) problems.push(`${file}: comment points at ../shared`);
      for (const [doc] of words.matchAll(/[\w./-]*\w\.md\b/g)) {
        const exists = [root, path.dirname(full)].some((base) => fs.existsSync(path.join(base, doc)));
        if (!exists) problems.push(`${file}: comment names ${doc}, which is not a file (from the repo root or ${path.dirname(file)}/)`);
      }
    }
  }
  return problems;
}

describe("layers", () => {
  it("docs/CONTRACTS.md's table names every folder of src/", () => {
    const folders = fs.readdirSync(path.join(ROOT, "src"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}`);
    expect(readLayers(ROOT).map((l) => l.folder).sort()).toEqual(folders.sort());
  });

  it("every import in src/ keeps to the table", () => {
    expect(layerViolations(ROOT)).toEqual([]);
  });

  it("comments in src/ refer only to files in the repo", () => {
    expect(commentViolations(ROOT)).toEqual([]);
  });
});

describe("the checks above can fail", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "layering-"));
    fs.mkdirSync(path.join(scratch, "docs"));
    fs.copyFileSync(path.join(ROOT, "docs", "CONTRACTS.md"), path.join(scratch, "docs", "CONTRACTS.md"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.writeFileSync(path.join(scratch, file), text);
    };
    write("src/core/rate.ts", 'import { z } from "zod";\nimport { cellAddress } from "../shared/a1";\nimport * as fs from "fs";\nexport const x = [z, cellAddress, fs];\n');
    write("src/shared/a1.ts", "export const cellAddress = 1;\n");
    write("src/simulator/host.ts", 'import { rateWorkbook } from "../excel/rateWorkbook";\nimport { a } from "../shared/a1";\nexport const y = [rateWorkbook, a];\n');
    write("src/excel/rateWorkbook.ts", 'export const rateWorkbook = () => import("../simulator/host");\n// Sized as issue 7 asks, see DESIGN.md and ../shared/notes.\n');
    write("src/taskpane/App.tsx", 'import type { Profile } from "../core/rate";\nimport React from "react";\nimport { Button } from "@fluentui/react-components";\n// Ein Bereich (13. issue), see https://github.com/OfficeDev/office-js/issues/3611 and docs/CONTRACTS.md.\nexport const App = () => <Button>{String(React)}</Button>;\n');
    write("src/workbench/start.ts", 'export const w = new Worker(new URL("../cli/main.ts", import.meta.url));\n');
    write("src/cli/main.ts", 'import * as fs from "node:fs";\nexport const m = fs;\n');
    write("src/stray/x.ts", "export {};\n");
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("reports imports across layers, unlisted packages, worker URLs and folders outside the table", () => {
    expect(layerViolations(scratch).sort()).toEqual(
      [
        "src/core/rate.ts imports ../shared/a1 (src/shared)",
        "src/core/rate.ts imports package fs",
        "src/excel/rateWorkbook.ts imports ../simulator/host (src/simulator)",
        "src/simulator/host.ts imports ../excel/rateWorkbook (src/excel)",
        "src/stray/x.ts is in no layer of docs/CONTRACTS.md",
        "src/workbench/start.ts imports ../cli/main.ts (src/cli)",
      ].sort(),
    );
  });

  it("reports comments naming an issue, ../shared or a .md file that is not there", () => {
    expect(commentViolations(scratch)).toEqual([
      'src/excel/rateWorkbook.ts: comment names a tracker issue ("issue 7")',
      "src/excel/rateWorkbook.ts: comment points at ../shared",
      "src/excel/rateWorkbook.ts: comment names DESIGN.md, which is not a file (from the repo root or src/excel/)",
      'src/taskpane/App.tsx: comment names a tracker issue ("13. issue")',
    ]);
  });
});
