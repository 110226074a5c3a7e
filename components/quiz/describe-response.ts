import type { Response } from "@/lib/questions/grade-response";
import type { PublicVariant } from "@/lib/questions/variant";

/** A student's response in words, for the review page. */
export function describeResponse(variant: PublicVariant, response: Response): string {
  const text = new Map((variant.choices ?? []).map((c) => [c.id, c.text]));
  switch (response.kind) {
    case "numeric":
    case "text":
      return response.text;
    case "choice":
      return text.get(response.choiceId) ?? response.choiceId;
    case "ordering":
      return response.order.map((id) => text.get(id) ?? id).join(" → ");
    case "choices":
      return response.choiceIds.length ? response.choiceIds.map((id) => text.get(id) ?? id).join("; ") : "nothing ticked";
    case "matching":
      return (variant.matchPrompts ?? []).map((p) => `${p.text} → ${response.matches[p.id] ? (text.get(response.matches[p.id]!) ?? "?") : "—"}`).join("; ");
  }
}
