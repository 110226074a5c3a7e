"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "@/components/ui/button";

type Change = "suspend" | "unsuspend" | "bury" | "unbury" | "reset-leech";
const LABELS: Record<Change, string> = { suspend: "Suspend", unsuspend: "Unsuspend", bury: "Bury until tomorrow", unbury: "Unbury", "reset-leech": "Reset leech" };

/** The actions that fit a card's current flags; the page re-renders with the new state. */
export function CardFlagButtons({
  studentCardId,
  leech,
  suspended,
  buried,
  action,
}: {
  studentCardId: string;
  leech: boolean;
  suspended: boolean;
  buried: boolean;
  action: (input: unknown) => Promise<ActionResult>;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const changes: Change[] = leech ? ["reset-leech"] : [suspended ? "unsuspend" : "suspend", ...(suspended ? [] : [buried ? ("unbury" as const) : ("bury" as const)])];
  return (
    <div className="flex flex-wrap items-center gap-2">
      {changes.map((change) => (
        <Button
          key={change}
          size="sm"
          variant={change === "reset-leech" ? "primary" : "secondary"}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const r = await action({ studentCardId, change });
              setError(r.ok ? null : r.message);
            })
          }
        >
          {LABELS[change]}
        </Button>
      ))}
      {error ? (
        <p role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
