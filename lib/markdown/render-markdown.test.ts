import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, GFM tables and math with KaTeX", () => {
    const html = renderMarkdown("Attention costs $O(n^2)$.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n$$\nW = BA\n$$");
    expect(html).toContain("<p>Attention costs <span class=\"katex\">");
    expect(html).toContain("<table>");
    expect(html).toContain('class="katex-display"');
  });

  it("drops raw HTML and unsafe link addresses, keeping the text", () => {
    const html = renderMarkdown('Hi <script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) [doc](https://arxiv.org/abs/2104.09864)');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain(">click</a>");
    expect(html).toContain('href="https://arxiv.org/abs/2104.09864"');
  });

  it("renders broken math as KaTeX's error text instead of throwing", () => {
    expect(renderMarkdown("$\\frac{1}{$")).toContain("katex");
  });
});

describe("renderInlineMarkdown", () => {
  it("leaves no paragraph around one line, and keeps emphasis and math", () => {
    const html = renderInlineMarkdown("*rank* $r = 8$");
    expect(html.startsWith("<em>rank</em> ")).toBe(true);
    expect(html).not.toContain("<p>");
    expect(html).toContain("katex");
  });
});
