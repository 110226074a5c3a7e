import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/topics/topic-list";
import { detectImportFormat } from "./detect-format";
import { categoryToTopic } from "./gift-category";
import { htmlToMarkdown } from "./html-to-markdown";
import { kebabCase, keyFromTitle, uniqueKey } from "./slug";
import { fileTooLargeMessage, MAX_IMPORT_BYTES, utf8Bytes } from "./upload-limit";

describe("upload limit", () => {
  it("accepts up to 5 MB and names the size of anything larger", () => {
    expect(fileTooLargeMessage(MAX_IMPORT_BYTES)).toBeNull();
    expect(fileTooLargeMessage(MAX_IMPORT_BYTES + 1)).toBe("The file is 5.1 MB; the limit is 5 MB.");
    expect(fileTooLargeMessage(6.2 * 1024 * 1024)).toBe("The file is 6.2 MB; the limit is 5 MB.");
  });

  it("counts bytes, not characters", () => {
    expect(utf8Bytes("aé→😀")).toBe(1 + 2 + 3 + 4);
  });
});

describe("slugs and keys", () => {
  it("kebab-cases titles, dropping accents and punctuation", () => {
    expect(kebabCase("  Sliding Window: KV cache — Llama 3!  ")).toBe("sliding-window-kv-cache-llama-3");
    expect(kebabCase("Über-Größe")).toBe("uber-grosse");
  });

  it("keeps keys at most 60 characters, cut at a hyphen", () => {
    const key = keyFromTitle("How many bytes does the key value cache of a seventy billion parameter model need at eight thousand tokens");
    expect(key.length).toBeLessThanOrEqual(60);
    expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("numbers repeated keys", () => {
    const taken = new Set(["a"]);
    expect([uniqueKey("a", taken), uniqueKey("a", taken), uniqueKey("b", taken)]).toEqual(["a-2", "a-3", "b"]);
  });
});

describe("categoryToTopic", () => {
  it("skips Moodle's $course$ and top segments", () => {
    expect(categoryToTopic("$course$/top/RLHF/PPO", TOPICS, "rope")).toEqual({ topic: "rlhf", tags: ["ppo"], matched: true });
    expect(categoryToTopic(undefined, TOPICS, "rope")).toEqual({ topic: "rope", tags: [], matched: true });
    expect(categoryToTopic("Misc", TOPICS, "rope")).toEqual({ topic: "rope", tags: ["misc"], matched: false });
  });
});

describe("htmlToMarkdown", () => {
  it("keeps paragraphs, breaks, emphasis and code and decodes entities", () => {
    expect(htmlToMarkdown("<p>A &amp; <b>B</b></p><p><i>C</i><br>D &lt;E&gt; &#8594; <code>x</code></p>")).toEqual({ text: "A & **B**\n\n*C*\nD <E> → `x`", dropped: false });
    expect(htmlToMarkdown('<div class="x">text</div>')).toEqual({ text: "text", dropped: true });
  });
});

describe("detectImportFormat", () => {
  it("goes by extension, else by the first character", () => {
    expect(detectImportFormat("bank.JSON", "::a:: b {T}")).toBe("json");
    expect(detectImportFormat("bank.gift", '{"format":"quizformer"}')).toBe("gift");
    expect(detectImportFormat("bank.txt", "x")).toBe("gift");
    expect(detectImportFormat(undefined, '  {"format":"quizformer"}')).toBe("json");
    expect(detectImportFormat(undefined, "::a:: b {T}")).toBe("gift");
  });

  it("takes .xml files and text starting like XML as Moodle XML", () => {
    expect(detectImportFormat("bank.XML", "::a:: b {T}")).toBe("moodle-xml");
    expect(detectImportFormat(undefined, '\uFEFF<?xml version="1.0"?><quiz/>')).toBe("moodle-xml");
    expect(detectImportFormat(undefined, "  <quiz>\n</quiz>")).toBe("moodle-xml");
    expect(detectImportFormat(undefined, "<!-- question: 1 -->\n<quiz/>")).toBe("moodle-xml");
    expect(detectImportFormat("bank.gift", "<quiz/>")).toBe("gift");
  });
});
