"use client";

import { useState } from "react";
import { Button } from "./button";

/** A link or token shown once, read-only, with a Copy button (invite links, password links, API tokens). */
export function CopyLinkField({ id, label, link, children }: { id: string; label: string; link: string; children?: React.ReactNode }) {
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <label htmlFor={id} className="block text-sm font-medium text-emerald-900">
        {label}
      </label>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="w-full rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-xs" />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            // "Copied" only when the clipboard took it (it's missing on plain-http sites); the link is shown once.
            const ok = await (navigator.clipboard?.writeText(link).then(() => true, () => false) ?? Promise.resolve(false));
            setCopy(ok ? "copied" : "failed");
            if (!ok) (document.getElementById(id) as HTMLInputElement | null)?.select();
          }}
        >
          {copy === "copied" ? "Copied" : "Copy"}
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs text-emerald-900">
        {copy === "failed" ? "This browser didn't allow copying: it's selected, press Ctrl+C (⌘C on a Mac)." : ""}
      </p>
      {children ? <p className="mt-2 text-xs text-emerald-900">{children}</p> : null}
    </div>
  );
}
