import { parseFormula, type FormulaNode } from "@/lib/compute/formula-parse";

/**
 * A formula as Moodle runs it, to the same value. Quizformer reads `^` as a power, which Moodle
 * runs as PHP's bitwise XOR (and refuses today), and PHP 8 refuses chained comparisons
 * (`1 < {a} < 3`) and a condition nested without parentheses (`{a} ? 1 : {b} ? 2 : 3`). So the
 * formula is written again from its tree, powers as `**` (Moodle's validator takes it), with
 * parentheses wherever PHP's precedence or associativity would decide; a formula already in that
 * form (spaces apart) is kept as written.
 */
export function moodleFormula(formula: string): string {
  const written = write(parseFormula(formula));
  return formula.replace(/\s+/g, "") === written.replace(/\s+/g, "") ? formula : written;
}

/** PHP's binding strength: higher binds tighter. */
function strength(node: FormulaNode): number {
  switch (node.type) {
    case "number":
    case "variable":
    case "call":
      return 10;
    case "binary":
      return node.op === "**" ? 8 : node.op === "+" || node.op === "-" ? 4 : 5;
    case "unary":
      return 7;
    case "compare":
      return node.op === "==" || node.op === "!=" ? 2 : 3;
    case "condition":
      return 1;
  }
}

/** The node, enclosed when it binds no tighter than `tighterThan`. */
const within = (node: FormulaNode, tighterThan: number) => (strength(node) <= tighterThan ? `(${write(node)})` : write(node));
// A sign after an operator or another sign is always enclosed: "2 - (-3)", "-(-1)", never "--", which PHP reads as a decrement.
const after = (node: FormulaNode, tighterThan: number) => (node.type === "unary" ? `(${write(node)})` : within(node, tighterThan));

function write(node: FormulaNode): string {
  switch (node.type) {
    case "number":
      return String(node.value);
    case "variable":
      return `{${node.name}}`;
    case "call":
      return `${node.name}(${node.args.map(write).join(", ")})`;
    case "unary":
      return `${node.op}${after(node.arg, 7)}`;
    case "binary": {
      const s = strength(node);
      // ** groups to the right, the others to the left.
      return node.op === "**" ? `${within(node.left, s)}**${after(node.right, s - 1)}` : `${within(node.left, s - 1)}${node.op === "*" || node.op === "/" || node.op === "%" ? node.op : ` ${node.op} `}${after(node.right, s)}`;
    }
    case "compare": {
      // PHP 8 doesn't chain comparisons of one level: each side of one is enclosed if it is another.
      const s = strength(node);
      return `${within(node.left, s)} ${node.op} ${after(node.right, s)}`;
    }
    case "condition":
      return `${within(node.test, 1)} ? ${after(node.then, 1)} : ${after(node.otherwise, 1)}`;
  }
}
