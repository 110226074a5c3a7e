/**
 * Formula answers: arithmetic over a template's parameters, written as Moodle writes the
 * formulas of its calculated questions — `{a} * sqrt({b}) / 2`. Parsed by hand into a small
 * tree (never `eval`), so only the operators and functions listed here can run.
 */

/** The `fn` of a template answer that is a formula rather than a library function. */
export const FORMULA_FN = "formula";

/** Longest formula accepted, and deepest nesting: enough for any real formula, bounded for the parser's stack. */
export const MAX_FORMULA_LENGTH = 1000;
const MAX_DEPTH = 60;

export type FormulaNode =
  | { type: "number"; value: number }
  | { type: "variable"; name: string }
  | { type: "unary"; op: "-" | "+" | "!"; arg: FormulaNode }
  | { type: "binary"; op: "+" | "-" | "*" | "/" | "%" | "**"; left: FormulaNode; right: FormulaNode }
  /** A comparison is 1 when it holds, else 0 (PHP's true and false in arithmetic). */
  | { type: "compare"; op: CompareOp; left: FormulaNode; right: FormulaNode }
  | { type: "condition"; test: FormulaNode; then: FormulaNode; otherwise: FormulaNode }
  | { type: "call"; name: string; args: FormulaNode[] };

export type CompareOp = "<" | "<=" | ">" | ">=" | "==" | "!=";

type FunctionSpec = { min: number; max: number; run: (...args: number[]) => number };

const one = (run: (x: number) => number): FunctionSpec => ({ min: 1, max: 1, run });

// PHP's round: half away from zero, with an optional number of decimals.
function phpRound(x: number, decimals = 0): number {
  const f = 10 ** Math.trunc(decimals);
  const scaled = Math.abs(x) * f;
  // The tiny nudge keeps 1.005 * 100 = 100.49999… rounding up as PHP does (it pre-rounds).
  return (Math.sign(x) * Math.round(Number(scaled.toPrecision(15)))) / f;
}

/** Moodle's formula functions (PHP's math functions), except the ones that work on text or bits. */
export const FORMULA_FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  abs: one(Math.abs),
  acos: one(Math.acos),
  acosh: one(Math.acosh),
  asin: one(Math.asin),
  asinh: one(Math.asinh),
  atan: one(Math.atan),
  atan2: { min: 2, max: 2, run: Math.atan2 },
  atanh: one(Math.atanh),
  ceil: one(Math.ceil),
  cos: one(Math.cos),
  cosh: one(Math.cosh),
  deg2rad: one((x) => (x * Math.PI) / 180),
  exp: one(Math.exp),
  expm1: one(Math.expm1),
  floor: one(Math.floor),
  fmod: { min: 2, max: 2, run: (a, b) => a % b },
  log: { min: 1, max: 2, run: (x, base) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base)) },
  log10: one(Math.log10),
  log1p: one(Math.log1p),
  max: { min: 2, max: 100, run: Math.max },
  min: { min: 2, max: 100, run: Math.min },
  pi: { min: 0, max: 0, run: () => Math.PI },
  pow: { min: 2, max: 2, run: Math.pow },
  rad2deg: one((x) => (x * 180) / Math.PI),
  round: { min: 1, max: 2, run: phpRound },
  sin: one(Math.sin),
  sinh: one(Math.sinh),
  sqrt: one(Math.sqrt),
  tan: one(Math.tan),
  tanh: one(Math.tanh),
};

/** The function of this (lower-case) name; an own key only, so "constructor" or "__proto__" is unknown, not Object's. */
export function formulaFunction(name: string): FunctionSpec | undefined {
  return Object.hasOwn(FORMULA_FUNCTIONS, name) ? FORMULA_FUNCTIONS[name] : undefined;
}

export class FormulaError extends Error {
  constructor(
    message: string,
    /** 0-based position in the formula, when the problem has one. */
    readonly at?: number,
  ) {
    super(message);
    this.name = "FormulaError";
  }
}

type Token = { kind: "number"; value: number; at: number } | { kind: "variable" | "name" | "op"; text: string; at: number } | { kind: "end"; at: number };

const VARIABLE = /^\{([a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)?)\}/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

// PHP's spellings of the same operators; `^` is read as a power (Moodle's own files use `**`).
const OP_ALIASES: Record<string, string> = { "^": "**", "===": "==", "!==": "!=", "<>": "!=" };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = VARIABLE.exec(rest))) tokens.push({ kind: "variable", text: m[1]!, at: i });
    else if ((m = NUMBER.exec(rest))) tokens.push({ kind: "number", value: Number(m[0]), at: i });
    else if ((m = NAME.exec(rest))) tokens.push({ kind: "name", text: m[0], at: i });
    else if ((m = /^(\*\*|===|!==|==|!=|<>|<=|>=|[-+*/%^(),<>?:!])/.exec(rest))) tokens.push({ kind: "op", text: OP_ALIASES[m[0]] ?? m[0], at: i });
    else if (rest.startsWith("{")) throw new FormulaError(`"${rest.slice(0, 12)}…" is not a parameter: write {name} with letters, digits and _.`, i);
    else throw new FormulaError(`"${rest[0]}" can't appear in a formula (at character ${i + 1}).`, i);
    i += m[0].length;
  }
  tokens.push({ kind: "end", at: formula.length });
  return tokens;
}

/**
 * The tree of a formula. Precedence as in PHP: `**` (or `^`, read as a power) binds tightest
 * and to the right, then unary signs and `!`, then `* / %`, then `+ -`, then comparisons
 * (`< <= > >=`, then `== !=`), then the condition `test ? then : otherwise`.
 */
export function parseFormula(formula: string): FormulaNode {
  if (formula.length > MAX_FORMULA_LENGTH) throw new FormulaError(`A formula has at most ${MAX_FORMULA_LENGTH} characters.`);
  if (!formula.trim()) throw new FormulaError("The formula is empty.");
  const tokens = tokenize(formula);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos]!;
  const isOp = (text: string) => {
    const t = peek();
    return t.kind === "op" && t.text === text;
  };
  const expect = (text: string) => {
    if (!isOp(text)) throw new FormulaError(`Expected "${text}" at character ${peek().at + 1}.`, peek().at);
    pos++;
  };
  const nest = <T>(f: () => T): T => {
    if (++depth > MAX_DEPTH) throw new FormulaError("The formula nests too deeply.");
    try {
      return f();
    } finally {
      depth--;
    }
  };

  const isCompare = (ops: readonly string[]) => {
    const t = peek();
    return t.kind === "op" && ops.includes(t.text);
  };
  const condition = (): FormulaNode =>
    nest(() => {
      const test = equality();
      if (!isOp("?")) return test;
      pos++;
      const then = condition();
      expect(":");
      return { type: "condition", test, then, otherwise: condition() };
    });
  const equality = (): FormulaNode => {
    let left = relation();
    while (isCompare(["==", "!="])) {
      const op = (peek() as { text: CompareOp }).text;
      pos++;
      left = { type: "compare", op, left, right: relation() };
    }
    return left;
  };
  const relation = (): FormulaNode => {
    let left = sum();
    while (isCompare(["<", "<=", ">", ">="])) {
      const op = (peek() as { text: CompareOp }).text;
      pos++;
      left = { type: "compare", op, left, right: sum() };
    }
    return left;
  };
  const sum = (): FormulaNode =>
    nest(() => {
      let left = product();
      while (isOp("+") || isOp("-")) {
        const op = (peek() as { text: "+" | "-" }).text;
        pos++;
        left = { type: "binary", op, left, right: product() };
      }
      return left;
    });
  const product = (): FormulaNode => {
    let left = unary();
    while (isOp("*") || isOp("/") || isOp("%")) {
      const op = (peek() as { text: "*" | "/" | "%" }).text;
      pos++;
      left = { type: "binary", op, left, right: unary() };
    }
    return left;
  };
  const unary = (): FormulaNode =>
    nest(() => {
      if (isOp("-") || isOp("+") || isOp("!")) {
        const op = (peek() as { text: "-" | "+" | "!" }).text;
        pos++;
        return { type: "unary", op, arg: unary() };
      }
      return power();
    });
  const power = (): FormulaNode => {
    const base = primary();
    if (!isOp("**")) return base;
    pos++;
    return { type: "binary", op: "**", left: base, right: unary() };
  };
  const primary = (): FormulaNode => {
    const t = peek();
    if (t.kind === "number") {
      pos++;
      return { type: "number", value: t.value };
    }
    if (t.kind === "variable") {
      pos++;
      return { type: "variable", name: t.text };
    }
    if (t.kind === "name") {
      const spec = formulaFunction(t.text.toLowerCase());
      if (!spec) throw new FormulaError(`Unknown function "${t.text}"; parameters are written in braces, {${t.text}}.`, t.at);
      pos++;
      expect("(");
      const args: FormulaNode[] = [];
      if (!isOp(")")) {
        args.push(condition());
        while (isOp(",")) {
          pos++;
          args.push(condition());
        }
      }
      expect(")");
      if (args.length < spec.min || args.length > spec.max) {
        const wanted = spec.min === spec.max ? `${spec.min}` : spec.max >= 100 ? `at least ${spec.min}` : `${spec.min} or ${spec.max}`;
        throw new FormulaError(`${t.text.toLowerCase()}() takes ${wanted} argument${spec.max === 1 && spec.min === 1 ? "" : "s"}, not ${args.length}.`, t.at);
      }
      return { type: "call", name: t.text.toLowerCase(), args };
    }
    if (t.kind === "op" && t.text === "(") {
      pos++;
      const inner = condition();
      expect(")");
      return inner;
    }
    throw new FormulaError(t.kind === "end" ? "The formula ends too early." : `Unexpected "${t.text}" at character ${t.at + 1}.`, t.at);
  };

  const tree = condition();
  if (peek().kind !== "end") throw new FormulaError(`Unexpected "${formula.slice(peek().at, peek().at + 10)}" at character ${peek().at + 1}.`, peek().at);
  return tree;
}

/** The parameters a formula reads, in order of first use ("a", "model.layers"). */
export function formulaVariables(node: FormulaNode, out: string[] = []): string[] {
  switch (node.type) {
    case "variable":
      if (!out.includes(node.name)) out.push(node.name);
      break;
    case "unary":
      formulaVariables(node.arg, out);
      break;
    case "binary":
    case "compare":
      formulaVariables(node.left, out);
      formulaVariables(node.right, out);
      break;
    case "condition":
      formulaVariables(node.test, out);
      formulaVariables(node.then, out);
      formulaVariables(node.otherwise, out);
      break;
    case "call":
      for (const a of node.args) formulaVariables(a, out);
      break;
  }
  return out;
}
