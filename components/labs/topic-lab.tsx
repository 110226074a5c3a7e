"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { isTopicSlug, type TopicSlug } from "@/lib/topics/topic-list";

const loading = () => <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-500">Loading the lab…</p>;

// Each lab's UI (charts included) loads only on its own topic page, in the browser.
const LAB_COMPONENTS = {
  "sliding-window-attention": dynamic(() => import("./sliding-window-attention/lab").then((m) => m.AttentionLab), { ssr: false, loading }),
  rope: dynamic(() => import("./rope/lab").then((m) => m.RopeLab), { ssr: false, loading }),
  quantization: dynamic(() => import("./quantization/lab").then((m) => m.QuantizationLab), { ssr: false, loading }),
  rlhf: dynamic(() => import("./rlhf/lab").then((m) => m.RlhfLab), { ssr: false, loading }),
  peft: dynamic(() => import("./peft/lab").then((m) => m.PeftLab), { ssr: false, loading }),
} satisfies Record<TopicSlug, ComponentType>;

// The labs on the course model come first; the topic's small lab follows as a warm-up.
const MODEL_LAB_COMPONENTS = {
  "sliding-window-attention": dynamic(() => import("./sliding-window-attention/model-lab").then((m) => m.WindowModelLab), { ssr: false, loading }),
  rope: dynamic(() => import("./rope/model-lab").then((m) => m.RopeModelLab), { ssr: false, loading }),
  quantization: dynamic(() => import("./quantization/model-lab").then((m) => m.QuantModelLab), { ssr: false, loading }),
  rlhf: dynamic(() => import("./rlhf/model-lab").then((m) => m.RlhfModelLab), { ssr: false, loading }),
  peft: dynamic(() => import("./peft/model-lab").then((m) => m.PeftModelLab), { ssr: false, loading }),
} satisfies Record<TopicSlug, ComponentType>;

export function TopicLab({ slug }: { slug: string }) {
  if (!isTopicSlug(slug)) return null;
  const Lab = LAB_COMPONENTS[slug];
  const ModelLab = MODEL_LAB_COMPONENTS[slug];
  return (
    <>
      <ModelLab />
      <Lab />
    </>
  );
}
