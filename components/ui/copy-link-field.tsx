"use client";

import { useState } from "react";
import { Button } from "./button";

/** A link shown once, read-only, with a Copy button (invite links, password links). */
export function CopyLinkField({ id, label, link, children }: { id: string; label: string; link: string; children?: React.ReactNode }) {
  const [copied, setCopied] = useState(false);
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
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {children ? <p className="mt-2 text-xs text-emerald-900">{children}</p> : null}
    </div>
  );
}
