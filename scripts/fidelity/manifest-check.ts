// Offline manifest check: well-formed XML, the structure Microsoft's manifest schemas require, and the
// checks office-addin-manifest's validate makes that need no network.
// Run: npx tsx scripts/fidelity/manifest-check.ts [manifest.xml]   (exit code 1 on a problem)
import * as fs from "fs";
import * as path from "path";
import { ManifestProblem, validateStructure } from "./manifest-schema";
import { RuleContext, checkRules } from "./manifest-rules";
import { parseXml, XmlSyntaxError } from "./xml";

export interface ManifestReport {
  manifest: string;
  problems: ManifestProblem[];
  /** Elements below which the structural validator knows no content model. */
  unchecked: string[];
}

export function checkManifestXml(xml: string, context: RuleContext, manifest = "manifest.xml"): ManifestReport {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { manifest, problems: [{ rule: "xml", message: error.message, line: error.line }], unchecked: [] };
  }
  const structure = validateStructure(root);
  return { manifest, problems: [...structure.problems, ...checkRules(root, context)], unchecked: structure.unchecked };
}

export function checkManifestFile(manifestPath: string, projectDir: string): ManifestReport {
  const context: RuleContext = {
    projectDir,
    assetsDir: path.join(projectDir, "assets"),
    commandsDir: path.join(projectDir, "src/commands"),
  };
  const relative = path.relative(projectDir, manifestPath);
  if (!fs.existsSync(manifestPath)) return { manifest: relative, problems: [{ rule: "file", message: `${relative} does not exist` }], unchecked: [] };
  return checkManifestXml(fs.readFileSync(manifestPath, "utf8"), context, relative);
}

export function formatManifestReport(report: ManifestReport): string {
  const lines = report.problems.map((p) => `  [${p.rule}] ${report.manifest}${p.line ? `:${p.line}` : ""}: ${p.message}`);
  const unchecked = report.unchecked.length ? `\n  (content not checked below: ${report.unchecked.join(", ")})` : "";
  return report.problems.length
    ? `${report.manifest}: ${report.problems.length} problem(s)\n${lines.join("\n")}${unchecked}`
    : `${report.manifest}: valid (structure per the add-in manifest schemas; https, icons, resources, ids, function names)${unchecked}`;
}

if (require.main === module) {
  const projectDir = path.resolve(__dirname, "../..");
  const manifestPath = path.resolve(process.argv[2] ?? path.join(projectDir, "manifest.xml"));
  const report = checkManifestFile(manifestPath, projectDir);
  console.log(formatManifestReport(report));
  process.exitCode = report.problems.length ? 1 : 0;
}
