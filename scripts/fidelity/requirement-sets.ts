// Requirement-set check: every Excel API member src/ uses, the set @types/office-js says it needs,
// and whether manifest.xml declares that set or the use is guarded by isSetSupported.
// Run: npx tsx scripts/fidelity/requirement-sets.ts   (exit code 1 on a violation)
import * as path from "path";
import * as ts from "typescript";
import { ApiRequirement, OTHER_HOST_SETS, requirementOf } from "./api-annotations";
import { compareVersions, readDeclaredSets } from "./manifest-sets";
import { guardsAt, indexCallSites, SetGuard } from "./set-guards";

interface RequirementUse {
  member: string;
  set: string;
  version: string;
  file: string;
  line: number;
  /** The isSetSupported check covering this use, if any. */
  guard?: SetGuard;
  /** Declared by the manifest (true), guarded (true) or neither (false). */
  ok: boolean;
  /** The set belongs to another Office application (e.g. Mailbox = Outlook): reported, not enforced. */
  otherHost: boolean;
}

export interface RequirementReport {
  declared: Record<string, string>;
  note?: string;
  files: string[];
  uses: RequirementUse[];
  violations: RequirementUse[];
}

export interface CheckOptions {
  projectDir: string;
  /** Files to check; default: every .ts/.tsx in tsconfig under src/ except the excluded folders. */
  rootNames?: string[];
  compilerOptions?: ts.CompilerOptions;
  /** Sets the manifest declares; default: read from projectDir/manifest.xml. */
  declared?: Record<string, string>;
  /** Folders under src/ that never run in Excel. */
  excludeDirs?: string[];
  /** Namespaces whose annotated members are checked. */
  namespaces?: string[];
}

/** src/simulator, src/workbench and src/cli run only in Node or the browser against the simulator. */
const DEFAULT_EXCLUDED = ["src/simulator", "src/workbench", "src/cli"];

export function checkRequirementSets(options: CheckOptions): RequirementReport {
  const projectDir = path.resolve(options.projectDir);
  const { compilerOptions, rootNames } = programInputs(options, projectDir);
  let note: string | undefined;
  let declared = options.declared;
  if (!declared) {
    const fromManifest = readDeclaredSets(path.join(projectDir, "manifest.xml"));
    declared = fromManifest.sets;
    note = fromManifest.note;
  }
  const programOptions = { ...compilerOptions, noEmit: true };
  const program = ts.createProgram({ rootNames, options: programOptions, host: cachingHost(programOptions) });
  const checker = program.getTypeChecker();
  const wanted = new Set(rootNames.map((f) => path.resolve(f)));
  const namespaces = options.namespaces ?? ["Excel", "Office"];
  const uses: RequirementUse[] = [];
  const seen = new Set<string>();
  const checked = program.getSourceFiles().filter((sf) => wanted.has(path.resolve(sf.fileName)));
  const callSites = indexCallSites(checked, checker);
  for (const sf of checked) {
    const file = path.relative(projectDir, sf.fileName).split(path.sep).join("/");
    collectUses(sf, checker, namespaces, (node, member, requirement) => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const key = `${file}:${line}:${member}:${requirement.set}`;
      if (seen.has(key)) return;
      seen.add(key);
      const guard = guardsAt(node, checker, callSites).find(
        (g) => g.set === requirement.set && compareVersions(g.version, requirement.version) >= 0,
      );
      const declaredVersion = declared![requirement.set];
      const inManifest = declaredVersion !== undefined && compareVersions(declaredVersion, requirement.version) >= 0;
      const otherHost = OTHER_HOST_SETS.test(requirement.set);
      const ok = inManifest || !!guard || otherHost;
      uses.push({ member, set: requirement.set, version: requirement.version, file, line, guard, ok, otherHost });
    });
  }
  uses.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.member.localeCompare(b.member));
  return { declared, note, files: [...wanted].map((f) => path.relative(projectDir, f)), uses, violations: uses.filter((u) => !u.ok) };
}

/** Parsed declaration files of node_modules and TypeScript's libs, kept across programs of one process. */
const declarationCache = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const cacheable = fileName.endsWith(".d.ts") && /[\\/]node_modules[\\/]/.test(fileName);
    const key = `${fileName}|${typeof languageVersion === "object" ? languageVersion.languageVersion : languageVersion}`;
    const cached = cacheable ? declarationCache.get(key) : undefined;
    if (cached) return cached;
    const sf = read(fileName, languageVersion, onError, shouldCreate);
    if (sf && cacheable) declarationCache.set(key, sf);
    return sf;
  };
  return host;
}

function programInputs(options: CheckOptions, projectDir: string): { compilerOptions: ts.CompilerOptions; rootNames: string[] } {
  if (options.rootNames && options.compilerOptions) return { compilerOptions: options.compilerOptions, rootNames: options.rootNames };
  const configPath = path.join(projectDir, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, projectDir);
  const excluded = (options.excludeDirs ?? DEFAULT_EXCLUDED).map((d) => path.join(projectDir, d) + path.sep);
  const src = path.join(projectDir, "src") + path.sep;
  const rootNames =
    options.rootNames ??
    parsed.fileNames.filter((f) => {
      const abs = path.resolve(f);
      return abs.startsWith(src) && !abs.endsWith(".d.ts") && !excluded.some((d) => abs.startsWith(d));
    });
  return { compilerOptions: options.compilerOptions ?? parsed.options, rootNames };
}

type UseSink = (node: ts.Node, member: string, requirement: ApiRequirement) => void;

function collectUses(sf: ts.SourceFile, checker: ts.TypeChecker, namespaces: string[], sink: UseSink): void {
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) memberUse(node, checker, namespaces, sink);
    else if (ts.isObjectLiteralExpression(node)) objectLiteralUses(node, checker, namespaces, sink);
    if (ts.isCallExpression(node)) loadStringUses(node, checker, namespaces, sink);
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

function isWriteTarget(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

function memberName(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
}

/** `range.values`, `sheet.getRange(...)`, `Excel.run(...)`: the property or the called overload. */
function memberUse(node: ts.PropertyAccessExpression, checker: ts.TypeChecker, namespaces: string[], sink: UseSink): void {
  const symbol = checker.getSymbolAtLocation(node.name);
  if (!symbol) return;
  const call = node.parent;
  let requirement: ApiRequirement | undefined;
  if (ts.isCallExpression(call) && call.expression === node) {
    const declaration = checker.getResolvedSignature(call)?.getDeclaration();
    if (declaration) requirement = requirementOf([declaration], false, namespaces);
  }
  requirement ??= requirementOf(symbol.declarations, isWriteTarget(node), namespaces);
  if (requirement) sink(node.name, memberName(symbol, checker), requirement);
}

/** `range.set({ format: { fill: ... } })`, `load({ values: true })`: properties typed by Excel.Interfaces.*. */
function objectLiteralUses(node: ts.ObjectLiteralExpression, checker: ts.TypeChecker, namespaces: string[], sink: UseSink): void {
  const contextual = checker.getContextualType(node);
  if (!contextual) return;
  for (const property of node.properties) {
    if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
    const name = property.name.text;
    for (const type of contextual.isUnion() ? contextual.types : [contextual]) {
      const symbol = type.getProperty(name);
      const requirement = symbol && requirementOf(symbol.declarations, true, namespaces);
      if (symbol && requirement) {
        sink(property.name, memberName(symbol, checker), requirement);
        break;
      }
    }
  }
}

/** `range.load("values, numberFormat")` and `load(["values"])`: names resolved on the loaded object's type. */
function loadStringUses(call: ts.CallExpression, checker: ts.TypeChecker, namespaces: string[], sink: UseSink): void {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "load") return;
  const argument = call.arguments[0];
  if (!argument) return;
  const literals: ts.StringLiteralLike[] = [];
  if (ts.isStringLiteralLike(argument)) literals.push(argument);
  else if (ts.isArrayLiteralExpression(argument)) literals.push(...argument.elements.filter(ts.isStringLiteralLike));
  const receiver = checker.getTypeAtLocation(callee.expression);
  for (const literal of literals) {
    for (const path of literal.text.split(",")) {
      const first = path.trim().split("/")[0];
      const symbol = first ? receiver.getProperty(first) : undefined;
      const requirement = symbol && requirementOf(symbol.declarations, false, namespaces);
      if (symbol && requirement) sink(literal, memberName(symbol, checker), requirement);
    }
  }
}

export function formatReport(report: RequirementReport): string {
  const rows = report.uses.map((u) => [
    u.member,
    `${u.set} ${u.version}`,
    `${u.file}:${u.line}`,
    u.guard ? `guarded (line ${u.guard.line}: ${u.guard.set} ${u.guard.version})` : "not guarded",
    u.otherHost ? "other application's set, not enforced" : u.ok ? "ok" : "VIOLATION",
  ]);
  const header = ["member", "set", "where", "guarded", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const declared = Object.entries(report.declared).map(([k, v]) => `${k} ${v}`).join(", ");
  return [
    `Requirement sets declared by the manifest: ${declared}${report.note ? ` (${report.note})` : ""}`,
    `Files checked: ${report.files.length}; Excel API uses: ${report.uses.length}; violations: ${report.violations.length}`,
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}

if (require.main === module) {
  const report = checkRequirementSets({ projectDir: path.resolve(__dirname, "../..") });
  console.log(formatReport(report));
  process.exitCode = report.violations.length ? 1 : 0;
}
