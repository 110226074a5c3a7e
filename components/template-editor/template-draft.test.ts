import { describe, expect, it } from "vitest";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { canonicalJson } from "@/lib/questions/canonical-json";
import { templateSchema } from "@/lib/questions/template-schema";
import { validateTemplate } from "@/lib/questions/validate-template";
import { bindingOptions, draftToInput, emptyDraft, parseNumber, rebindAnswer, templateToDraft, type TemplateDraft } from "./template-draft";

const templates = builtInTemplates();

describe("template ↔ editor draft", () => {
  it.each(templates.map((t) => [t.key, t] as const))("%s comes back unchanged from its draft (saving it untouched is a no-op)", (_key, template) => {
    const again = templateSchema.parse(draftToInput(templateToDraft(template)));
    expect(canonicalJson(again)).toBe(canonicalJson(template));
  });

  it("covers every kind, static and computed choices, tolerances and presets among the round-tripped templates", () => {
    const kinds = new Set(templates.map((t) => (t.kind === "multiple_choice" ? `mc-${t.choices ? "static" : "computed"}` : t.kind)));
    expect(kinds).toEqual(new Set(["numeric", "mc-static", "mc-computed", "true_false", "ordering", "short_text", "matching", "multiple_answer"]));
    expect(templates.some((t) => t.kind === "numeric" && t.unitPenalty !== undefined)).toBe(true);
    expect(templates.some((t) => t.kind === "numeric" && t.tolerance?.relative && t.tolerance.absolute)).toBe(true);
    expect(templates.some((t) => t.parameters.some((p) => p.kind === "preset"))).toBe(true);
  });

  it("round-trips a formula answer in its unit and choice lists drawn together as a dataset", () => {
    const template = templateSchema.parse({
      key: "imported-formula",
      topic: "quantization",
      kind: "numeric",
      title: "Weights of a model",
      prompt: "A model has {n} billion parameters of {b} bytes. How large are its weights?",
      explanation: "Parameters times bytes per parameter.",
      source: { title: "Imported from Moodle XML" },
      difficulty: "medium",
      parameters: [
        { kind: "choice", name: "n", values: [7, 13], dataset: "items" },
        { kind: "choice", name: "b", values: [2, 1], dataset: "items" },
      ],
      answer: { fn: "formula", formula: "{n} * {b}", unit: "GB", inputs: {} },
      display: { unit: "GB", digits: 3 },
      tolerance: { relative: 0.01 },
      unitPenalty: 0.1,
    });
    const draft = templateToDraft(template);
    expect(draft.answer).toMatchObject({ fn: "formula", formula: "{n} * {b}", unit: "GB" });
    expect(draft.parameters.map((p) => p.dataset)).toEqual(["items", "items"]);
    expect(canonicalJson(templateSchema.parse(draftToInput(draft)))).toBe(canonicalJson(template));
    expect(validateTemplate(draftToInput(draft)).ok).toBe(true);
    // Choosing a library function and back to a formula keeps the formula being edited.
    expect(rebindAnswer(draft.answer, "formula", [], [])).toMatchObject({ fn: "formula", formula: "{n} * {b}", unit: "GB", inputs: {} });
  });

  it("keeps every kind's fields, so switching kind and back loses nothing", () => {
    const mc = templates.find((t) => t.kind === "multiple_choice" && t.distractors)!;
    const draft = templateToDraft(mc);
    const back: TemplateDraft = { ...{ ...draft, kind: "ordering" }, kind: "multiple_choice" };
    expect(draftToInput(back)).toEqual(draftToInput(draft));
    expect(draftToInput({ ...draft, kind: "true_false" })).not.toHaveProperty("distractors");
  });

  it("reads numbers as typed: empty is unset, unreadable text is left for the schema to name", () => {
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber(" 1e3 ")).toBe(1000);
    expect(parseNumber("-0.5")).toBe(-0.5);
    expect(parseNumber("12x")).toBe("12x");
    const draft: TemplateDraft = {
      ...emptyDraft(),
      parameters: [{ id: "p0", kind: "int", name: "n", label: "", min: "12x", max: "10", step: "", values: "", dataset: "", presets: [] }],
    };
    const parsed = templateSchema.safeParse(draftToInput(draft));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain("parameters.0.min");
  });

  it("turns a filled-in draft into a valid template: percent tolerance, choice lists, constants and preset fields", () => {
    const draft: TemplateDraft = {
      ...emptyDraft(),
      key: "kv-per-token-draft",
      title: "KV cache per token",
      tags: "kv-cache, memory",
      prompt: "{model} caches {bytes} bytes per value. How many KiB per token?",
      explanation: "Two tensors per KV head per layer.",
      sourceTitle: "GQA paper",
      parameters: [
        { id: "p0", kind: "preset", name: "model", label: "", min: "", max: "", step: "", values: "", dataset: "", presets: ["llama-3-8b", "mistral-7b"] },
        { id: "p1", kind: "choice", name: "bytes", label: "", min: "", max: "", step: "", values: "1, 2 4", dataset: "", presets: [] },
      ],
      answer: {
        fn: "attention.kv_cache_bytes_per_token",
        inputs: { layers: { ref: "model.layers", value: "" }, kvHeads: { ref: "model.kvHeads", value: "" }, headDim: { ref: "", value: "128" }, bytesPerValue: { ref: "bytes", value: "" } },
      },
      displayUnit: "KiB",
      tolerancePercent: "0.5",
    };
    const input = draftToInput(draft);
    expect(input).toMatchObject({
      tags: ["kv-cache", "memory"],
      tolerance: { relative: 0.005 },
      parameters: [{ presets: ["llama-3-8b", "mistral-7b"] }, { values: [1, 2, 4] }],
      answer: { inputs: { headDim: 128, layers: "model.layers" } },
    });
    expect(input).not.toHaveProperty("correct");
    const result = validateTemplate(input, { samples: 50 });
    expect(result.ok ? "ok" : result.errors.join("\n")).toBe("ok");
  });

  it("rebinds an answer to a new function, keeping shared inputs and binding same-named parameters", () => {
    const answer = { fn: "attention.window_scores", inputs: { n: { ref: "seq", value: "" }, w: { ref: "", value: "512" } } };
    const next = rebindAnswer(answer, "attention.receptive_field", ["layers", "w"], ["layers", "seq"]);
    expect(next).toEqual({ fn: "attention.receptive_field", inputs: { layers: { ref: "layers", value: "" }, w: { ref: "", value: "512" } } });
  });

  it("offers plain parameters by name and preset parameters by field", () => {
    const draft = templateToDraft(templates.find((t) => t.parameters.some((p) => p.kind === "preset") && t.parameters.some((p) => p.kind !== "preset"))!);
    const options = bindingOptions(draft.parameters, ["layers", "heads"]);
    const preset = draft.parameters.find((p) => p.kind === "preset")!;
    expect(options).toContain(`${preset.name}.layers`);
    expect(options).not.toContain(preset.name);
  });
});
