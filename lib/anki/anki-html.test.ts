import { describe, expect, it } from "vitest";
import { ankiHtmlToMarkdown, htmlToPlainText, markdownToAnkiHtml } from "./anki-html";

describe("Markdown to Anki's HTML", () => {
  it("turns $math$ into MathJax delimiters and keeps cloze markers", () => {
    const html = markdownToAnkiHtml("The **angle** is $m\\theta_i$ for {{c1::position $m$::where}}.\n\n$$\n\\Delta W = BA\n$$");
    expect(html).toContain("<strong>angle</strong>");
    expect(html).toContain("\\(m\\theta_i\\)");
    expect(html).toContain("{{c1::position \\(m\\)::where}}");
    expect(html).toContain("\\[\\Delta W = BA\\]");
  });

  it("escapes what HTML needs and drops raw HTML, as the app's renderer does", () => {
    const html = markdownToAnkiHtml("a < b and <script>alert(1)</script> $x < y$");
    expect(html).toContain("a &#x3C; b");
    expect(html).not.toContain("<script>");
    expect(html).toContain("\\(x &#x3C; y\\)");
  });
});

describe("Anki's HTML to Markdown", () => {
  it("keeps formatting, turns MathJax and Anki's LaTeX tags into $…$, and never escapes inside math", () => {
    const out = ankiHtmlToMarkdown("<div>What does <b>RoPE</b> rotate by&nbsp;\\(m\\theta_i\\)?</div><div>[$]a_b[/$] and \\[x_1 &lt; x_2\\]</div>");
    expect(out.markdown).toBe("What does **RoPE** rotate by $m\\theta_i$?\n\n$a_b$ and $$x_1 < x_2$$");
  });

  it("counts images and sounds it leaves out", () => {
    const out = ankiHtmlToMarkdown('<img src="a.png">See [sound:b.mp3]<img src="c.png">');
    expect(out).toEqual({ markdown: "See", images: 2, sounds: 1 });
  });

  it("escapes a lone dollar sign and Markdown characters in text", () => {
    expect(ankiHtmlToMarkdown("costs $5, a_b").markdown).toBe("costs \\$5, a\\_b");
  });

  it("round-trips the app's own Markdown", () => {
    const markdown = "GQA shares {{c1::keys}} across $h_q / h_{kv}$ heads.\n\nSee **the paper**.";
    expect(ankiHtmlToMarkdown(markdownToAnkiHtml(markdown)).markdown).toBe(markdown);
  });
});

describe("plain text of a field", () => {
  it("drops tags, decodes entities and folds whitespace", () => {
    expect(htmlToPlainText("<div>A&nbsp;&amp;<br>B</div><div>C</div>")).toBe("A & B C");
  });
});

describe("HTML from a file anyone can make", () => {
  it("keeps a dollar sign inside a formula from ending it (and letting Markdown in)", () => {
    const out = ankiHtmlToMarkdown("\\(x$ ![](/api/account) $y\\)");
    expect(out.markdown).toBe("$$x\\$ ![](/api/account) \\$y$$");
    // Rendered, it is one formula: no image, no link.
    expect(markdownToAnkiHtml(out.markdown)).not.toContain("<img");
  });

  it("leaves unclosed delimiters as text", () => {
    expect(ankiHtmlToMarkdown("a [sound:b.mp3 and \\( c").markdown).toBe("a \\[sound:b.mp3 and \\\\( c");
    expect(htmlToPlainText("x < y and <b")).toBe("x < y and <b");
  });

  it("drops link addresses other than web, mail and same-site ones on export", () => {
    expect(markdownToAnkiHtml("[go](javascript:alert(1)) [ok](https://arxiv.org/abs/2104.09864)")).toBe('<p><a href="">go</a> <a href="https://arxiv.org/abs/2104.09864">ok</a></p>');
  });

  it("spaces out }} inside math, where Anki would end a cloze deletion", () => {
    expect(markdownToAnkiHtml("{{c1::$2^{2^{b}}$}}")).toBe("<p>{{c1::\\(2^{2^{b} }\\)}}</p>");
  });
});
