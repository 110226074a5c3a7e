/*
 * Markdown rendered to HTML on the server (lib/markdown/render-markdown: raw HTML dropped, links
 * and images checked), shown as is. Client components use these, so the browser never loads a
 * Markdown parser or KaTeX; server components can use components/ui/markdown directly.
 */

export function RenderedMarkdown({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One line of rendered Markdown, inline (choices and list items). */
export function RenderedInline({ html }: { html: string }) {
  return <span className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
