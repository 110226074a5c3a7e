import { describe, expect, it } from "vitest";
import { templateSchema } from "./template-schema";
import { describeTemplateIssues, labelForPath } from "./template-issues";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";

const valid = SLIDING_WINDOW_TEMPLATES.find((t) => t.kind === "numeric")!;

function issuesOf(change: Record<string, unknown>) {
  const result = templateSchema.safeParse({ ...valid, ...change });
  if (result.success) throw new Error("expected the draft to be refused");
  return describeTemplateIssues(result.error);
}

describe("template issues", () => {
  it("say what to do in a sentence naming the field, not in the validator's words", () => {
    expect(issuesOf({ title: "KV" })).toEqual([{ path: "title", field: "Title needs at least 3 characters.", summary: "Title needs at least 3 characters." }]);
    expect(issuesOf({ prompt: "" })[0]!.field).toBe("Prompt needs at least 10 characters.");
    expect(issuesOf({ source: { title: "" } })[0]!.summary).toBe("Source title needs at least 3 characters.");
    for (const issue of [...issuesOf({ title: "KV" }), ...issuesOf({ difficulty: "brutal" })]) {
      expect(issue.field).not.toMatch(/Too small|expected string|Invalid option|>=/);
    }
  });

  it("keep the schema's own messages, naming the field in the summary", () => {
    const [issue] = issuesOf({ key: "Not A Key" });
    expect(issue).toEqual({ path: "key", field: "Use lower-case words joined by hyphens.", summary: "Key: Use lower-case words joined by hyphens." });
    const [range] = issuesOf({ parameters: [{ kind: "int", name: "n", min: 10, max: 2 }] });
    expect(range).toEqual({ path: "parameters.0.max", field: "Max must be at least Min.", summary: "Parameter 1 max: Max must be at least Min." });
  });

  it("give one message per field", () => {
    const issues = issuesOf({ title: 3, prompt: "short", explanation: "short" });
    expect(issues.map((i) => i.path)).toEqual(["title", "prompt", "explanation"]);
  });

  it("label list entries by their position, counted from 1", () => {
    expect(labelForPath(["parameters", 1, "step"])).toBe("Parameter 2 step");
    expect(labelForPath(["answer", "inputs", "tokens"])).toBe("Input “tokens” of the answer");
    expect(labelForPath(["display", "digits"])).toBe("Significant digits");
  });
});
