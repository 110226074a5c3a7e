import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { SAFE_URL } from "./safe-url";

/*
 * Authored Markdown with $inline$ and $$display$$ math, rendered to HTML on the server so that the
 * pages students use most don't ship a Markdown parser and KaTeX to the browser. Raw HTML in the
 * source is dropped (remark-rehype leaves it out), and links and images keep only safe addresses,
 * so the HTML can be inserted as is. KaTeX's CSS is loaded by the root layout.
 */

/** Links and images with an address that isn't safe lose it (the text stays). */
function safeUrls() {
  return (tree: MdastRoot) => {
    visit(tree, (node) => {
      if ((node.type === "link" || node.type === "image") && !SAFE_URL.test(node.url)) node.url = "";
    });
  };
}

/** Inline Markdown: one paragraph's content without the paragraph (for choices and list items). */
function unwrapParagraph() {
  return (tree: HastRoot) => {
    const only = tree.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
    if (only.length === 1 && only[0]!.type === "element" && (only[0] as Element).tagName === "p") tree.children = (only[0] as Element).children as ElementContent[];
  };
}

const katex = [rehypeKatex, { throwOnError: false, strict: "ignore" }] as const;
const block = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(safeUrls).use(remarkRehype).use(...katex).use(rehypeStringify).freeze();
const inline = unified().use(remarkParse).use(remarkMath).use(safeUrls).use(remarkRehype).use(unwrapParagraph).use(...katex).use(rehypeStringify).freeze();

// Templates repeat the same sentences and formulas across variants and students: rendering is
// pure, so recent results are kept (bounded; the oldest entry goes first).
const MAX_CACHED = 2000;
const cache = new Map<string, string>();

function cached(key: string, render: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = render();
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, html);
  return html;
}

/** Block Markdown (paragraphs, lists, tables, display math) as HTML. */
export function renderMarkdown(markdown: string): string {
  return cached(`b${markdown}`, () => String(block.processSync(markdown)));
}

/** One line of Markdown and math as inline HTML, without a paragraph around it. */
export function renderInlineMarkdown(markdown: string): string {
  return cached(`i${markdown}`, () => String(inline.processSync(markdown)));
}
