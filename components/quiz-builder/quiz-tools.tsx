"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "@/components/ui/button";

type Props = {
  quizId: string;
  preview: (quizId: string) => Promise<ActionResult>;
  duplicate: (quizId: string) => Promise<ActionResult>;
};

/** Try the quiz as a student (a preview that counts nowhere) or make a copy to edit on its own. */
export function QuizTools({ quizId, preview, duplicate }: Props) {
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"preview" | "duplicate" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (which: "preview" | "duplicate") =>
    startTransition(async () => {
      setRunning(which);
      setError(null);
      // Both redirect on success; a result only comes back when something went wrong.
      const r = await (which === "preview" ? preview : duplicate)(quizId);
      if (r && !r.ok) setError(r.message);
      setRunning(null);
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => run("preview")}>
          {running === "preview" ? "Starting preview…" : "Preview as a student"}
        </Button>
        <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => run("duplicate")}>
          {running === "duplicate" ? "Copying…" : "Duplicate"}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
