import { decodeHTML } from "entities";
import type { Root as MdastRoot } from "mdast";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import TurndownService from "turndown";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/**
 * Quizformer writes cards in Markdown with $…$ and $$…$$ math (KaTeX); Anki keeps fields as HTML
 * and renders math between \(…\) and \[…\] (MathJax). These convert one into the other.
 */

/** Turns math nodes into MathJax's delimiters as plain text, which Anki typesets. */
function mathToMathJax() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === "inlineMath") parent.children.splice(index, 1, { type: "text", value: `\\(${node.value}\\)` });
      else if (node.type === "math") parent.children.splice(index, 1, { type: "paragraph", children: [{ type: "text", value: `\\[${node.value}\\]` }] });
    });
  };
}

// Raw HTML in a card's Markdown is dropped, as the app's own renderer drops it.
const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(mathToMathJax).use(remarkRehype).use(rehypeStringify);

/** A card's Markdown (with $math$) as the HTML of an Anki field (with \(math\)). */
export function markdownToAnkiHtml(markdown: string): string {
  return String(toHtml.processSync(markdown)).trim();
}

/** A field's text without its markup: Anki's sort field, and the notes' names in reports. */
export function htmlToPlainText(html: string): string {
  return decodeHTML(html.replace(/<br\s*\/?>/gi, " ").replace(/<\/(div|p|li|h\d)>/gi, " ").replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

export type FieldConversion = { markdown: string; images: number; sounds: number };

const MATH_PATTERNS: { pattern: RegExp; display: boolean }[] = [
  { pattern: /\\\(([\s\S]*?)\\\)/g, display: false },
  { pattern: /\\\[([\s\S]*?)\\\]/g, display: true },
  { pattern: /\[\$\$\]([\s\S]*?)\[\/\$\$\]/g, display: true },
  { pattern: /\[\$\]([\s\S]*?)\[\/\$\]/g, display: false },
  { pattern: /\[latex\]([\s\S]*?)\[\/latex\]/gi, display: true },
];

function newTurndown(counts: { images: number }): TurndownService {
  const service = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", emDelimiter: "*", bulletListMarker: "-" });
  // Images live in the package's media, which isn't imported: the field keeps its text, the count is reported.
  service.addRule("images", {
    filter: "img",
    replacement: () => {
      counts.images += 1;
      return "";
    },
  });
  service.remove(["script", "style"]);
  const escape = service.escape.bind(service);
  // A lone "$" would open math in Quizformer's Markdown.
  service.escape = (text: string) => escape(text).replace(/\$/g, "\\$");
  return service;
}

/**
 * An Anki field's HTML as Quizformer Markdown: MathJax and Anki's LaTeX tags become $…$ / $$…$$,
 * cloze markers stay as they are (the syntax is the same), images and sounds are left out and
 * counted. Math is taken out before the HTML is converted, so Markdown's escaping never touches it.
 */
export function ankiHtmlToMarkdown(html: string): FieldConversion {
  const counts = { images: 0, sounds: 0 };
  const formulas: string[] = [];
  let source = html.replace(/\[sound:[^\]]*\]/g, () => {
    counts.sounds += 1;
    return "";
  });
  for (const { pattern, display } of MATH_PATTERNS) {
    source = source.replace(pattern, (_match, inner: string) => {
      const tex = htmlToPlainTextKeepingLines(inner);
      formulas.push(display ? `$$${tex}$$` : `$${tex}$`);
      return `QZFMATH${formulas.length - 1}QZF`;
    });
  }
  const markdown = newTurndown(counts)
    .turndown(source)
    .replace(/\u00a0/g, " ")
    .replace(/QZFMATH(\d+)QZF/g, (_m, i: string) => formulas[Number(i)] ?? "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { markdown, ...counts };
}

function htmlToPlainTextKeepingLines(html: string): string {
  return decodeHTML(html.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "")).replace(/\u00a0/g, " ").trim();
}
