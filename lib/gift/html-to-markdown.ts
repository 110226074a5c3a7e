const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * GIFT [html] text as Markdown: paragraphs, line breaks, bold and italics are
 * kept, other tags dropped (Quizformer never renders raw HTML). Returns whether
 * anything was dropped, so the import can say so.
 */
export function htmlToMarkdown(html: string): { text: string; dropped: boolean } {
  const structured = html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*/gi, "\n\n")
    .replace(/<p(\s[^>]*)?>/gi, "")
    .replace(/<(strong|b)>([\s\S]*?)<\/\1>/gi, "**$2**")
    .replace(/<(em|i)>([\s\S]*?)<\/\1>/gi, "*$2*")
    .replace(/<code>([\s\S]*?)<\/code>/gi, "`$1`");
  const stripped = structured.replace(/<\/?[a-zA-Z][^>]*>/g, "");
  const text = stripped
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, dropped: stripped !== structured };
}
