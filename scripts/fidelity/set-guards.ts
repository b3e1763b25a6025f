// Which requirement sets are known to be supported at a node: the isSetSupported checks
// that must have passed for control to reach it (if/else, &&, ||, ?:, early return or throw).
import * as ts from "typescript";
import { compareVersions } from "./manifest-sets";

export interface SetGuard {
  set: string;
  version: string;
  line: number;
}

/** Calls of each function, so a function whose every call is guarded counts as guarded inside. */
export type CallSites = Map<ts.Symbol, ts.CallExpression[]>;

export function indexCallSites(files: readonly ts.SourceFile[], checker: ts.TypeChecker): CallSites {
  const sites: CallSites = new Map();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression;
      let symbol = checker.getSymbolAtLocation(callee);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol) sites.set(symbol, [...(sites.get(symbol) ?? []), node]);
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return sites;
}

/** The symbol naming a function-like node: `function f`, `const f = () =>`, a method. */
function functionSymbol(node: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return checker.getSymbolAtLocation(node.name);
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
    return checker.getSymbolAtLocation(node.parent.name);
  }
  return undefined;
}

/** Guards that hold at every call: per set, the lowest version all calls guarantee. */
function commonGuards(perCall: SetGuard[][]): SetGuard[] {
  if (!perCall.length) return [];
  const best = (guards: SetGuard[], set: string) =>
    guards.filter((g) => g.set === set).reduce<SetGuard | undefined>((a, g) => (!a || compareVersions(g.version, a.version) > 0 ? g : a), undefined);
  const out: SetGuard[] = [];
  for (const set of new Set(perCall[0].map((g) => g.set))) {
    const each = perCall.map((guards) => best(guards, set));
    if (each.some((g) => !g)) continue;
    out.push(each.reduce((a, g) => (compareVersions(g!.version, a!.version) < 0 ? g : a))!);
  }
  return out;
}

export function guardsAt(node: ts.Node, checker: ts.TypeChecker, callSites?: CallSites, depth = 0): SetGuard[] {
  const guards: SetGuard[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    const fn = callSites && depth < 4 ? functionSymbol(parent, checker) : undefined;
    const calls = fn ? callSites!.get(fn) : undefined;
    if (calls?.length) guards.push(...commonGuards(calls.map((call) => guardsAt(call, checker, callSites, depth + 1))));
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) guards.push(...conditionGuards(parent.expression, true, checker));
      else if (child === parent.elseStatement) guards.push(...conditionGuards(parent.expression, false, checker));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) guards.push(...conditionGuards(parent.condition, true, checker));
      else if (child === parent.whenFalse) guards.push(...conditionGuards(parent.condition, false, checker));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) guards.push(...conditionGuards(parent.left, true, checker));
      if (op === ts.SyntaxKind.BarBarToken) guards.push(...conditionGuards(parent.left, false, checker));
    }
    const statements = statementsOf(parent);
    if (statements) guards.push(...earlyExitGuards(statements, child, checker));
  }
  return guards;
}

function statementsOf(node: ts.Node): readonly ts.Statement[] | undefined {
  if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) return node.statements;
  if (ts.isCaseClause(node) || ts.isDefaultClause(node)) return node.statements;
  return undefined;
}

/** `if (!isSetSupported(...)) return;` before the statement holding the node guards it. */
function earlyExitGuards(statements: readonly ts.Statement[], child: ts.Node, checker: ts.TypeChecker): SetGuard[] {
  const guards: SetGuard[] = [];
  for (const statement of statements) {
    if (statement === child) break;
    if (ts.isIfStatement(statement) && !statement.elseStatement && alwaysExits(statement.thenStatement)) {
      guards.push(...conditionGuards(statement.expression, false, checker));
    }
  }
  return guards;
}

function alwaysExits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBreakStatement(statement) || ts.isContinueStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && alwaysExits(last);
  }
  return false;
}

/** Sets known supported when `expression` evaluates to `outcome`. */
function conditionGuards(expression: ts.Expression, outcome: boolean, checker: ts.TypeChecker, depth = 0): SetGuard[] {
  if (depth > 8) return [];
  const recurse = (e: ts.Expression, o: boolean) => conditionGuards(e, o, checker, depth + 1);
  if (ts.isParenthesizedExpression(expression) || ts.isAwaitExpression(expression)) return recurse(expression.expression, outcome);
  if (ts.isPrefixUnaryExpression(expression) && expression.operator === ts.SyntaxKind.ExclamationToken) {
    return recurse(expression.operand, !outcome);
  }
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken && outcome) {
      return [...recurse(expression.left, true), ...recurse(expression.right, true)];
    }
    if (op === ts.SyntaxKind.BarBarToken && !outcome) {
      return [...recurse(expression.left, false), ...recurse(expression.right, false)];
    }
    // `supports?.("ExcelApi", "1.12") ?? false` is true only when the check ran and passed.
    if (op === ts.SyntaxKind.QuestionQuestionToken && outcome && expression.right.kind === ts.SyntaxKind.FalseKeyword) {
      return recurse(expression.left, true);
    }
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
      if (expression.right.kind === ts.SyntaxKind.TrueKeyword) return recurse(expression.left, outcome);
      if (expression.right.kind === ts.SyntaxKind.FalseKeyword) return recurse(expression.left, !outcome);
    }
    return [];
  }
  if (ts.isCallExpression(expression)) {
    const guard = setSupportedCall(expression, checker);
    return guard && outcome ? [guard] : [];
  }
  if (ts.isIdentifier(expression)) {
    const initializer = constInitializer(expression, checker);
    return initializer ? recurse(initializer, outcome) : [];
  }
  return [];
}

/** `isSetSupported("ExcelApi", "1.12")`, `Office.context.requirements.isSetSupported(...)`, `host.isSetSupported?.(...)`. */
function setSupportedCall(call: ts.CallExpression, checker: ts.TypeChecker): SetGuard | undefined {
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name !== "isSetSupported") return undefined;
  const set = stringValue(call.arguments[0], checker);
  if (set === undefined) return undefined;
  // Office treats an omitted version as "1.1".
  const version = call.arguments.length > 1 ? stringValue(call.arguments[1], checker) : "1.1";
  if (version === undefined) return undefined;
  const sf = call.getSourceFile();
  return { set, version, line: sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1 };
}

function stringValue(expression: ts.Expression | undefined, checker: ts.TypeChecker): string | undefined {
  if (!expression) return undefined;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
    const type = checker.getTypeAtLocation(expression);
    if (type.isStringLiteral()) return type.value;
  }
  return undefined;
}

function constInitializer(identifier: ts.Identifier, checker: ts.TypeChecker): ts.Expression | undefined {
  const declaration = checker.getSymbolAtLocation(identifier)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return undefined;
  return declaration.initializer;
}
