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
