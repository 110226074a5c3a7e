import ReactMarkdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

/**
 * Markdown with $inline$ and $$display$$ KaTeX math. Raw HTML in the source is
 * not rendered (react-markdown escapes it), so authored text can't inject markup.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkMath]} rehypePlugins={[[rehypeKatex, { throwOnError: false, strict: "ignore" }]]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}

/** One line of Markdown + math without a paragraph around it, for choices and list items. */
export function InlineMarkdown({ children }: { children: string }) {
  return (
    <span className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkMath]}
        rehypePlugins={[[rehypeKatex, { throwOnError: false, strict: "ignore" }]]}
        skipHtml
        components={{ p: ({ children: inner }) => <>{inner}</> }}
      >
        {children}
      </ReactMarkdown>
    </span>
  );
}
