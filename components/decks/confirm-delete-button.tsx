"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Props = {
  label: string;
  title: string;
  /** What is lost, said before anything is deleted. */
  children: ReactNode;
  input: unknown;
  action: (input: unknown) => Promise<ActionResult>;
  size?: "sm" | "md";
};

/** A delete that asks first, saying what goes with it; the action redirects or the page refreshes. */
export function ConfirmDeleteButton({ label, title, children, input, action, size = "sm" }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button type="button" variant="danger" size={size} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        tone="danger"
        confirmLabel={label}
        pending={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const r = await action(input);
            if (r && !r.ok) {
              setError(r.message);
              setOpen(false);
              return;
            }
            setOpen(false);
            router.refresh();
          })
        }
      >
        {children}
      </ConfirmDialog>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
