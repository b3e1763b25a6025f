// A small evaluator for the formulas of conditional-format rules ("=$G2=\"A\"", "=LEN($K2)>0", "=AND(...)"),
// enough to paint the workbench grid. A formula it cannot read paints nothing.
import { columnIndex } from "../../shared/a1";
import { ViewCellValue } from "./sheetView";

export type Read = (row: number, column: number) => ViewCellValue;
type Value = ViewCellValue;
/** Evaluates for the cell at (rowOffset, columnOffset) from the rule range's top-left. */
type Node = (read: Read, rowOffset: number, columnOffset: number) => Value;

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[=<>&+\-*/(),%]))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < text.length) {
    if (/^\s*$/.test(text.slice(position))) break;
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`cannot read formula at "${text.slice(position)}"`);
    tokens.push(match[0].trim());
    position = TOKEN.lastIndex;
  }
  return tokens;
}

function toNumber(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error("#VALUE!");
  return n;
}

function toText(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Value): boolean {
  if (typeof v === "string") return v.toUpperCase() === "TRUE";
  return toNumber(v) !== 0;
}

/** Excel's comparison: numbers before text before booleans; text case-insensitive; blank is 0 or "". */
export function compareValues(a: Value, b: Value): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase().localeCompare(b.toLowerCase());
  return toNumber(a) - toNumber(b);
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  AND: (a) => a.every(truthy),
  OR: (a) => a.some(truthy),
  NOT: (a) => !truthy(a[0]),
  IF: (a) => (truthy(a[0]) ? a[1] ?? true : a[2] ?? false),
  LEN: (a) => toText(a[0]).length,
  TRIM: (a) => toText(a[0]).trim().replace(/\s+/g, " "),
  UPPER: (a) => toText(a[0]).toUpperCase(),
  LOWER: (a) => toText(a[0]).toLowerCase(),
  LEFT: (a) => toText(a[0]).slice(0, a.length > 1 ? toNumber(a[1]) : 1),
  RIGHT: (a) => {
    const n = a.length > 1 ? toNumber(a[1]) : 1;
    return n === 0 ? "" : toText(a[0]).slice(-n);
  },
  ISBLANK: (a) => a[0] === null,
  ISNUMBER: (a) => typeof a[0] === "number",
  ISTEXT: (a) => typeof a[0] === "string",
  ABS: (a) => Math.abs(toNumber(a[0])),
  SEARCH: (a) => {
    const at = toText(a[1]).toLowerCase().indexOf(toText(a[0]).toLowerCase());
    if (at < 0) throw new Error("#VALUE!");
    return at + 1;
  },
  FIND: (a) => {
    const at = toText(a[1]).indexOf(toText(a[0]));
    if (at < 0) throw new Error("#VALUE!");
    return at + 1;
  },
  ISERROR: () => false, // replaced by a guarded call in the parser
};

class Parser {
  private index = 0;
  constructor(private readonly tokens: string[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.index < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.index]}"`);
    return node;
  }

  private peek(): string | undefined {
    return this.tokens[this.index];
  }

  private next(): string {
    const token = this.tokens[this.index++];
    if (token === undefined) throw new Error("formula ends too early");
    return token;
  }

  private expect(token: string): void {
    if (this.next() !== token) throw new Error(`expected "${token}"`);
  }

  private comparison(): Node {
    const left = this.concat();
    const op = this.peek();
    if (op && ["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      this.index++;
      const right = this.concat();
      return (read, r, c) => {
        const d = compareValues(left(read, r, c), right(read, r, c));
        return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
      };
    }
    return left;
  }

  private concat(): Node {
    let node = this.additive();
    while (this.peek() === "&") {
      this.index++;
      const left = node;
      const right = this.additive();
      node = (read, r, c) => toText(left(read, r, c)) + toText(right(read, r, c));
    }
    return node;
  }

  private additive(): Node {
    let node = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.next();
      const left = node;
      const right = this.term();
      node = (read, r, c) => (op === "+" ? toNumber(left(read, r, c)) + toNumber(right(read, r, c)) : toNumber(left(read, r, c)) - toNumber(right(read, r, c)));
    }
    return node;
  }

  private term(): Node {
    let node = this.unary();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.next();
      const left = node;
      const right = this.unary();
      node = (read, r, c) => (op === "*" ? toNumber(left(read, r, c)) * toNumber(right(read, r, c)) : toNumber(left(read, r, c)) / toNumber(right(read, r, c)));
    }
    return node;
  }

  private unary(): Node {
    if (this.peek() === "-") {
      this.index++;
      const inner = this.unary();
      return (read, r, c) => -toNumber(inner(read, r, c));
    }
    const node = this.primary();
    if (this.peek() === "%") {
      this.index++;
      return (read, r, c) => toNumber(node(read, r, c)) / 100;
    }
    return node;
  }

  private primary(): Node {
    const token = this.next();
    if (/^\d/.test(token)) {
      const n = Number(token);
      return () => n;
    }
    if (token.startsWith('"')) {
      const text = token.slice(1, -1).replace(/""/g, '"');
      return () => text;
    }
    if (token === "(") {
      const inner = this.comparison();
      this.expect(")");
      return inner;
    }
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(token);
    if (ref && this.peek() !== "(") {
      const column = columnIndex(ref[2]);
      const row = Number(ref[4]) - 1;
      const absoluteColumn = ref[1] === "$";
      const absoluteRow = ref[3] === "$";
      return (read, r, c) => read(absoluteRow ? row : row + r, absoluteColumn ? column : column + c) ?? null;
    }
    const name = token.toUpperCase();
    if (name === "TRUE" || name === "FALSE") return () => name === "TRUE";
    if (this.peek() === "(") return this.call(name);
    throw new Error(`unknown name "${token}"`);
  }

  private call(name: string): Node {
    this.expect("(");
    const args: Node[] = [];
    if (this.peek() !== ")") {
      do {
        args.push(this.comparison());
      } while (this.peek() === "," && this.next() === ",");
    }
    this.expect(")");
    if (name === "ISERROR" || name === "ISNA") {
      return (read, r, c) => {
        try {
          args[0](read, r, c);
          return false;
        } catch {
          return true;
        }
      };
    }
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`unknown function ${name}`);
    return (read, r, c) => fn(args.map((arg) => arg(read, r, c)));
  }
}

/**
 * Compiles a rule formula written for the top-left cell of its range; the result evaluates it for any cell,
 * given the row/column offsets from that top-left. Relative references shift, `$` ones stay. Returns null
 * when the formula uses something this evaluator does not know.
 */
export function compileCfFormula(formula: string): ((read: Read, rowOffset: number, columnOffset: number) => boolean) | null {
  try {
    const text = formula.trim().replace(/^=/, "");
    const node = new Parser(tokenize(text)).parse();
    return (read, r, c) => {
      try {
        return truthy(node(read, r, c));
      } catch {
        return false;
      }
    };
  } catch {
    return null;
  }
}

/** Evaluates a constant rule operand such as `="A"`, `80` or `=80`. */
export function constantOperand(formula: unknown): Value {
  if (typeof formula === "number" || typeof formula === "boolean") return formula;
  if (typeof formula !== "string") return null;
  const text = formula.trim().replace(/^=/, "");
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  const n = Number(text);
  return text !== "" && !Number.isNaN(n) ? n : text;
}
