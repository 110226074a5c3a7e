import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/questions/canonical-json";
import type { Template } from "@/lib/questions/template-schema";

/**
 * A validated template reduced to what its row needs: the columns, the content
 * hash and the definition as canonical JSON text. A large import holds 150,000
 * and more of these until it writes; flat strings instead of object trees keep
 * the garbage collector's work (most of an import's CPU time) small.
 */
export type PreparedTemplate = Pick<Template, "key" | "title" | "topic" | "kind" | "difficulty" | "tags"> & { hash: string; definition: string };

/** The hash is `templateHash` of the template: SHA-256 of the same canonical JSON. */
export function prepareTemplate(template: Template): PreparedTemplate {
  const definition = canonicalJson(template);
  return {
    key: template.key,
    title: template.title,
    topic: template.topic,
    kind: template.kind,
    difficulty: template.difficulty,
    tags: template.tags,
    hash: createHash("sha256").update(definition).digest("hex"),
    definition,
  };
}
