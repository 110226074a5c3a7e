import { Badge } from "@/components/ui/card";

/** Correct, partly correct (partial credit), wrong or not answered. */
export function OutcomeBadge({ answer }: { answer: { correct: boolean | null; score: number | null } | null }) {
  if (!answer) return <Badge>Not answered</Badge>;
  if (answer.correct) return <Badge tone="green">Correct</Badge>;
  if ((answer.score ?? 0) > 0) return <Badge tone="amber">Partly correct</Badge>;
  return <Badge tone="red">Wrong</Badge>;
}
