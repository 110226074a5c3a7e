import type { CardNoteInput } from "@/lib/cards/card-schema";
import { FP8_FORMATS, NVFP4_BLOG, OCP_MX } from "./sources";

const TOPIC = "quantization";

/** FP8, FP4 and block-scaled formats. */
export const FORMAT_CARDS: CardNoteInput[] = [
  {
    key: "quant-fp8-formats",
    topic: TOPIC,
    kind: "cloze",
    text: "FP8 E4M3 reaches ±{{c1::448}} and has no infinities (only S.1111.111 is NaN); FP8 E5M2 reaches ±{{c2::57,344}} and keeps IEEE-style infinities and NaNs.",
    tags: ["fp8"],
    source: FP8_FORMATS,
  },
  {
    key: "quant-fp8-usage",
    topic: TOPIC,
    kind: "basic",
    front: "Which FP8 encoding for weights and activations, which for gradients, and why?",
    back: "**E4M3** (3 mantissa bits, max 448) for weights and activations: more precision. **E5M2** (2 mantissa bits, max 57,344) for gradients: more dynamic range. Per-tensor scale factors, chosen in software, keep tensors inside the range.",
    tags: ["fp8"],
    source: FP8_FORMATS,
  },
  {
    key: "quant-float-formulas",
    topic: TOPIC,
    kind: "cloze",
    text: "A float with $E$ exponent and $M$ mantissa bits has bias {{c1::$2^{E-1}-1$}}, smallest positive (subnormal) value {{c2::$2^{1-\\text{bias}-M}$}} and relative step (machine epsilon) {{c3::$2^{-M}$}}.",
    tags: ["floating-point", "formula"],
    source: FP8_FORMATS,
  },
  {
    key: "quant-float-max-ieee-computed",
    topic: TOPIC,
    kind: "computed",
    templateKey: "quant-float-max-ieee",
    tags: ["floating-point"],
    source: FP8_FORMATS,
  },
  {
    key: "quant-float-epsilon-computed",
    topic: TOPIC,
    kind: "computed",
    templateKey: "quant-float-epsilon",
    tags: ["floating-point"],
    source: FP8_FORMATS,
  },
  {
    key: "quant-fp4-values",
    topic: TOPIC,
    kind: "cloze",
    text: "FP4 E2M1's non-negative values are {{c1::0, 0.5, 1, 1.5, 2, 3, 4 and 6}}: no infinities, no NaN.",
    tags: ["fp4", "block-formats"],
    source: OCP_MX,
  },
  {
    key: "quant-mxfp4",
    topic: TOPIC,
    kind: "cloze",
    text: "MXFP4 (OCP Microscaling v1.0): blocks of {{c1::32}} FP4 E2M1 values share one 8-bit power-of-two scale ({{c2::E8M0}}), so each value costs $4 + 8/32 =$ {{c3::4.25}} bits.",
    tags: ["mxfp4", "block-formats"],
    source: OCP_MX,
  },
  {
    key: "quant-nvfp4",
    topic: TOPIC,
    kind: "cloze",
    text: "NVFP4: blocks of {{c1::16}} FP4 E2M1 values share an {{c2::FP8 E4M3}} scale, and each tensor has one FP32 scale on top: ≈ {{c3::4.5}} bits per value.",
    tags: ["nvfp4", "block-formats"],
    source: NVFP4_BLOG,
  },
  {
    key: "quant-block-format-bits-computed",
    topic: TOPIC,
    kind: "computed",
    templateKey: "quant-block-format-bits",
    tags: ["block-formats"],
    source: OCP_MX,
  },
];
