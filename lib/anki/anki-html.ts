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
import { SAFE_URL } from "@/lib/markdown/safe-url";

/**
 * Quizformer writes cards in Markdown with $…$ and $$…$$ math (KaTeX); Anki keeps fields as HTML
 * and renders math between \(…\) and \[…\] (MathJax). These convert one into the other. Every scan
 * of Anki's HTML here is linear in its length (no pattern that backtracks on a missing delimiter),
 * because the HTML comes from a file anyone can make.
 */

/**
 * Math becomes MathJax's delimiters as plain text, which Anki typesets; "}}" inside it gets a space,
 * because Anki closes a cloze deletion at the first "}}" (KaTeX reads "} }" the same).
 */
function toAnkiSyntax() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if ((node.type === "link" || node.type === "image") && !SAFE_URL.test(node.url)) node.url = "";
      if (!parent || index === undefined) return;
      const tex = "value" in node && typeof node.value === "string" ? node.value.replaceAll("}}", "} }") : "";
      if (node.type === "inlineMath") parent.children.splice(index, 1, { type: "text", value: `\\(${tex}\\)` });
      else if (node.type === "math") parent.children.splice(index, 1, { type: "paragraph", children: [{ type: "text", value: `\\[${tex}\\]` }] });
    });
  };
}

// Raw HTML in a card's Markdown is dropped, as the app's own renderer drops it.
const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(toAnkiSyntax).use(remarkRehype).use(rehypeStringify);

/** A card's Markdown (with $math$) as the HTML of an Anki field (with \(math\)). */
export function markdownToAnkiHtml(markdown: string): string {
  return String(toHtml.processSync(markdown)).trim();
}

/** `text` with every `open … close` span replaced (linear: a missing `close` ends the scan). */
function replaceSpans(text: string, open: string, close: string, replace: (inner: string) => string, caseInsensitive = false): string {
  const haystack = caseInsensitive ? text.toLowerCase() : text;
  const [o, c] = caseInsensitive ? [open.toLowerCase(), close.toLowerCase()] : [open, close];
  let out = "";
  let pos = 0;
  for (;;) {
    const start = haystack.indexOf(o, pos);
    if (start === -1) break;
    const end = haystack.indexOf(c, start + o.length);
    if (end === -1) break;
    out += text.slice(pos, start) + replace(text.slice(start + o.length, end));
    pos = end + c.length;
  }
  return out + text.slice(pos);
}

/** Tags removed (`<br>` and block ends as `lineBreak`), entities decoded. */
function stripTags(html: string, lineBreak: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, lineBreak).replace(/<\/(div|p|li|h\d)>/gi, lineBreak === "\n" ? "" : " ");
  return decodeHTML(replaceSpans(withBreaks, "<", ">", () => ""));
}

/** A field's text without its markup: Anki's sort field, and the notes' names in reports. */
export function htmlToPlainText(html: string): string {
  return stripTags(html, " ").replace(/\s+/g, " ").trim();
}

export type FieldConversion = { markdown: string; images: number; sounds: number };

const MATH_DELIMITERS: { open: string; close: string; display: boolean; caseInsensitive?: boolean }[] = [
  { open: "\\(", close: "\\)", display: false },
  { open: "\\[", close: "\\]", display: true },
  { open: "[$$]", close: "[/$$]", display: true },
  { open: "[$]", close: "[/$]", display: false },
  { open: "[latex]", close: "[/latex]", display: true, caseInsensitive: true },
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
 * A formula as Quizformer Markdown. A "$" inside it would end the math early (and let what follows
 * be read as Markdown), so it is written as TeX's "\$" between "$$" delimiters, which a single "$"
 * can't close.
 */
function formula(tex: string, display: boolean): string {
  if (!tex.includes("$")) return display ? `$$${tex}$$` : `$${tex}$`;
  return `$$${tex.replace(/\\?\$/g, "\\$")}$$`;
}

/**
 * An Anki field's HTML as Quizformer Markdown: MathJax and Anki's LaTeX tags become $…$ / $$…$$,
 * cloze markers stay as they are (the syntax is the same), images and sounds are left out and
 * counted. Math is taken out before the HTML is converted, so Markdown's escaping never touches it.
 * Throws on HTML nested too deeply to convert (the caller reports the note).
 */
export function ankiHtmlToMarkdown(html: string): FieldConversion {
  const counts = { images: 0, sounds: 0 };
  const formulas: string[] = [];
  let source = replaceSpans(html, "[sound:", "]", () => {
    counts.sounds += 1;
    return "";
  });
  for (const { open, close, display, caseInsensitive } of MATH_DELIMITERS) {
    source = replaceSpans(
      source,
      open,
      close,
      (inner) => {
        formulas.push(formula(stripTags(inner, "\n").replace(/\u00a0/g, " ").trim(), display));
        return `QZFMATH${formulas.length - 1}QZF`;
      },
      caseInsensitive,
    );
  }
  const markdown = newTurndown(counts)
    .turndown(source)
    .replace(/\u00a0/g, " ")
    .replace(/QZFMATH(\d+)QZF/g, (_m, i: string) => formulas[Number(i)] ?? "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { markdown, ...counts };
}
