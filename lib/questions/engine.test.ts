import { describe, expect, it } from "vitest";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { compileTemplate, generateVariant, gradeResponse, templateSchema, toPublicVariant, validateTemplate, type Template } from "./index";

const byKey = (key: string): Template => templateSchema.parse(SLIDING_WINDOW_TEMPLATES.find((t) => t.key === key));

describe("variants", () => {
  const windowScores = byKey("swa-window-scores");

  it("are deterministic per (template, seed)", () => {
    expect(generateVariant(windowScores, 17)).toEqual(generateVariant(windowScores, 17));
  });

  it("do not repeat a parameter draw until the space is used up", () => {
    const { space } = compileTemplate(windowScores);
    // 6 × 5 combinations, 26 of them with w < n: consecutive seeds visit all 26 before any repeats.
    expect(space.size).toBe(26);
    const draws = Array.from({ length: 26 }, (_, seed) => JSON.stringify(generateVariant(windowScores, seed).params));
    expect(new Set(draws).size).toBe(26);
    expect(generateVariant(windowScores, 26).params).toEqual(generateVariant(windowScores, 0).params);
  });

  it("render placeholders and compute the answer with steps", () => {
    const v = generateVariant(windowScores, 3);
    const { n, w } = v.params as { n: number; w: number };
    expect(v.prompt).toContain(`$n = ${n.toLocaleString("en-US")}$`);
    expect(v.solution.numeric?.value).toBe(n * w - (w * (w - 1)) / 2);
    expect(v.solution.steps.join(" ")).toContain("n·w − w(w−1)/2");
    expect(v.solution.numeric?.tolerance).toEqual({ absolute: 0.5 });
  });

  it("never put the answer in what the student receives", () => {
    for (const t of SLIDING_WINDOW_TEMPLATES.map((x) => templateSchema.parse(x))) {
      for (let seed = 0; seed < 10; seed++) {
        const v = generateVariant(t, seed);
        const sent = JSON.stringify(toPublicVariant(v));
        expect(sent).not.toContain("solution");
        expect(sent).not.toContain("params");
        // Short answers ("8") can occur in any prompt by chance; longer ones would be a leak.
        if (v.kind === "numeric" && v.solution.expectedText.length >= 5) expect(sent).not.toContain(v.solution.expectedText);
        if (v.kind === "short_text") expect(sent.toLowerCase()).not.toContain('"exact"');
      }
    }
  });
});

describe("grading", () => {
  it("grades numeric answers with units", () => {
    const v = generateVariant(byKey("swa-window-scores"), 5);
    const exact = v.solution.numeric!.value;
    expect(gradeResponse(v, { kind: "numeric", text: String(exact) }).correct).toBe(true);
    expect(gradeResponse(v, { kind: "numeric", text: String(exact + 10) }).correct).toBe(false);
    expect(gradeResponse(v, { kind: "choice", choiceId: "c1" }).feedback).toBe("Type a number as your answer.");
  });

  it("names the misconception behind a wrong choice", () => {
    const t = byKey("swa-kv-cache-model");
    for (let seed = 0; seed < 12; seed++) {
      const v = generateVariant(t, seed);
      expect(v.choices).toHaveLength(4);
      expect(new Set(v.choices!.map((c) => c.text)).size).toBe(4);
      expect(gradeResponse(v, { kind: "choice", choiceId: v.solution.correctChoiceId! }).correct).toBe(true);
      const halved = Object.entries(v.solution.choiceFeedback!).find(([, f]) => f.misconception === "forgot-kv-factor")!;
      const g = gradeResponse(v, { kind: "choice", choiceId: halved[0] });
      expect(g).toMatchObject({ correct: false, misconception: "forgot-kv-factor" });
      expect(g.feedback).toMatch(/keys and values/);
    }
  });

  it("Llama 3 70B at 8,192 tokens: 2.5 GiB in BF16 (320 KiB per token, derived from its config)", () => {
    const t = byKey("swa-kv-cache-model");
    const seed = Array.from({ length: 12 }, (_, s) => s).find((s) => {
      const p = generateVariant(t, s).params;
      return p.model === "Llama 3 70B" && p.seq === 8192;
    })!;
    expect(generateVariant(t, seed).solution.expectedText).toBe("2,560 MiB");
  });

  it("grades true/false, ordering and short text", () => {
    const tf = generateVariant(byKey("swa-llama3-uses-window"), 0);
    expect(gradeResponse(tf, { kind: "choice", choiceId: "false" }).correct).toBe(true);
    expect(gradeResponse(tf, { kind: "choice", choiceId: "true" }).correct).toBe(false);
    expect(gradeResponse(tf, { kind: "choice", choiceId: "maybe" }).feedback).toBe("Pick one of the options.");

    const ord = generateVariant(byKey("swa-model-families-order"), 4);
    expect(ord.choices!.map((c) => c.text)).not.toEqual(byKey("swa-model-families-order").kind === "ordering" && ["x"]);
    expect(gradeResponse(ord, { kind: "ordering", order: ord.solution.order! }).correct).toBe(true);
    expect(gradeResponse(ord, { kind: "ordering", order: [...ord.solution.order!].reverse() }).feedback).toBe("1 of 3 in the right place.");

    const st = generateVariant(byKey("swa-flashattention-exact"), 0);
    expect(gradeResponse(st, { kind: "text", text: " Exact. " }).correct).toBe(true);
    expect(gradeResponse(st, { kind: "text", text: "approximate" }).correct).toBe(false);
  });
});

describe("template validation", () => {
  it("accepts the shipped examples on 1,000 samples", () => {
    for (const t of SLIDING_WINDOW_TEMPLATES) {
      const r = validateTemplate(t, { samples: 1000 });
      expect(r.ok ? "ok" : r.errors.join("\n"), t.key).toBe("ok");
    }
  });

  it("names the parameter values that break compute", () => {
    const broken = { ...SLIDING_WINDOW_TEMPLATES[0]!, constraints: [], parameters: [{ kind: "int", name: "n", min: 1, max: 4 }, { kind: "int", name: "w", min: 0, max: 2 }] };
    const r = validateTemplate(broken);
    expect(r.ok).toBe(false);
    // One problem, said once with how many draws it broke, not once per draw.
    expect(!r.ok && r.errors).toHaveLength(1);
    expect(!r.ok && r.errors[0]).toMatch(/^attention\.window_scores: input "w" \(Window size\) must be at least 1, got 0 in 4 of 12 sampled draws, first with n = \d, w = 0\.$/);
  });

  it("rejects unresolved placeholders, unknown functions, unbound inputs and unfit display units", () => {
    const base = SLIDING_WINDOW_TEMPLATES[0]!;
    const messages = (t: unknown) => {
      const r = validateTemplate(t, { samples: 20 });
      return r.ok ? [] : r.errors;
    };
    expect(messages({ ...base, prompt: "How many scores for {n} tokens and {layers} layers?" })[0]).toMatch(/^Unresolved placeholder \{layers\} in all 20 sampled draws, first with /);
    expect(messages({ ...base, answer: { fn: "attention.nope", inputs: {} } })).toEqual(['Answer: unknown compute function "attention.nope".']);
    expect(messages({ ...base, answer: { fn: "attention.window_scores", inputs: { n: "n" } } })).toEqual(['Answer: input "w" of attention.window_scores is not bound.']);
    expect(messages({ ...base, display: { unit: "GiB", digits: 3 } })).toEqual(['Answer: display unit "GiB" can\'t show scores (a plain number).']);
    expect(messages({ ...base, kind: "essay" })[0]).toMatch(/^Question kind/);
  });

  it("rejects distractors that collide with the answer", () => {
    const mc = SLIDING_WINDOW_TEMPLATES[1]!;
    const r = validateTemplate({ ...mc, distractors: [{ misconception: "off-by-one", scale: 1.0001 }, { misconception: "forgot-kv-factor", scale: 0.5 }] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^Two choices show the same value in \d+ of \d+ sampled draws, first with .* \(correct: .* MiB; off-by-one: .* MiB; forgot-kv-factor: .*\)\.$/);
  });
});
