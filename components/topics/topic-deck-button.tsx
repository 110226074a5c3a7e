"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/forms/action-result";

/** "Add the deck" on a topic page: adds it, then shows the page again with the deck's cards due. */
export function TopicDeckButton({ slug, setDeck }: { slug: string; setDeck: (topic: string, add: boolean) => Promise<ActionResult> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <Button
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await setDeck(slug, true);
            if (r.ok) router.refresh();
            else setError(r.message);
          })
        }
      >
        {pending ? "Adding…" : "Add this deck"}
      </Button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
