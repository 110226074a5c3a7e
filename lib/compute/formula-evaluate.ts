import { ComputeError } from "./compute-error";
import { fmt } from "./format";
import { formulaFunction, FormulaError, parseFormula, type CompareOp, type FormulaNode } from "./formula-parse";

const COMPARE: Record<CompareOp, (a: number, b: number) => boolean> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
};

const parsed = new Map<string, FormulaNode>();
const MAX_CACHED = 5000;

/** The tree of a formula, parsed once per distinct text (variants of one template share it). */
export function compiledFormula(formula: string): FormulaNode {
  let tree = parsed.get(formula);
  if (!tree) {
    tree = parseFormula(formula);
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(formula, tree);
  }
  return tree;
}

function evaluateNode(node: FormulaNode, read: (name: string) => number): number {
  switch (node.type) {
    case "number":
      return node.value;
    case "variable":
      return read(node.name);
    case "unary": {
      const x = evaluateNode(node.arg, read);
      return node.op === "-" ? -x : node.op === "!" ? Number(x === 0) : x;
    }
    case "compare": {
      const a = evaluateNode(node.left, read);
      const b = evaluateNode(node.right, read);
      return Number(COMPARE[node.op](a, b));
    }
    case "condition":
      // Only the branch taken is evaluated, as in PHP: the other may divide by zero.
      return evaluateNode(node.test, read) !== 0 ? evaluateNode(node.then, read) : evaluateNode(node.otherwise, read);
    case "binary": {
      const a = evaluateNode(node.left, read);
      const b = evaluateNode(node.right, read);
      switch (node.op) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          if (b === 0) throw new ComputeError("non_finite_result", "formula: division by zero.");
          return a / b;
        case "%": {
          // PHP's % works on whole numbers (fmod() keeps fractions), as Moodle evaluates it.
          const d = Math.trunc(b);
          if (d === 0) throw new ComputeError("non_finite_result", "formula: modulo by zero.");
          return Math.trunc(a) % d;
        }
        case "**":
          return a ** b;
      }
      break;
    }
    case "call": {
      const spec = formulaFunction(node.name);
      if (!spec) throw new ComputeError("invalid_input", `formula: unknown function "${node.name}".`);
      return spec.run(...node.args.map((arg) => evaluateNode(arg, read)));
    }
  }
  throw new Error("Unreachable formula node.");
}

// Inside a formula, thousands separators would read as argument commas: pow(4,096, 2).
function plainOperand(x: number): string {
  const plain = String(Number(x.toPrecision(12)));
  return x < 0 ? `(${plain})` : plain;
}

/**
 * The value of a formula with each `{name}` read through `read`, and its worked steps: the
 * formula, then the same with the numbers in. Throws ComputeError for a formula that doesn't
 * parse or a result that isn't a finite number (e.g. sqrt of a negative draw).
 */
export function evaluateFormula(formula: string, read: (name: string) => number): { value: number; steps: () => string[] } {
  let tree: FormulaNode;
  try {
    tree = compiledFormula(formula);
  } catch (error) {
    if (error instanceof FormulaError) throw new ComputeError("invalid_input", `formula: ${error.message}`);
    throw error;
  }
  const value = evaluateNode(tree, read);
  if (!Number.isFinite(value)) throw new ComputeError("non_finite_result", "formula: the result is not a finite number for these inputs.");
  return {
    value,
    steps: () => {
      const substituted = formula.replace(/\{([a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)?)\}/g, (_, name: string) => plainOperand(read(name)));
      const tidy = (s: string) => s.replace(/\s+/g, " ").trim();
      return tidy(substituted) === tidy(formula) ? [`${tidy(formula)} = ${fmt(value)}.`] : [`Formula: ${tidy(formula)}.`, `${tidy(substituted)} = ${fmt(value)}.`];
    },
  };
}
