"use client";

import { useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/action-result";
import { MAX_CSV_BYTES, type CreatedUserLink } from "@/lib/accounts/created-user-link";
import { setupLink } from "@/lib/accounts/password-link";
import { csvRow } from "@/lib/progress/csv";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { pluralize } from "@/lib/format/display";

type Upload = (input: unknown) => Promise<ActionResult<CreatedUserLink[]>>;

/** Problems by line, in file order ("line 3" → 3). */
function byLine(fieldErrors: Record<string, string>): { line: number; message: string }[] {
  return Object.entries(fieldErrors)
    .map(([key, message]) => ({ line: Number(key.replace(/^line /, "")), message }))
    .filter((p) => Number.isFinite(p.line))
    .sort((a, b) => a.line - b.line);
}

/**
 * Many accounts from a CSV file (name, email, optional role). All or nothing: a file with any
 * problem creates nobody and lists each problem with its line. The links come back once, to
 * download as a CSV and send on.
 */
export function UserCsvUpload({ upload }: { upload: Upload }) {
  const [result, setResult] = useState<ActionResult<CreatedUserLink[]> | null>(null);
  const [pending, startTransition] = useTransition();
  const reportRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setResult({ ok: false, message: "Choose a CSV file first.", fieldErrors: {} });
      return;
    }
    startTransition(async () => {
      // Checked here in bytes too: the server action's body limit is in bytes, not characters.
      const csv = file.size > MAX_CSV_BYTES ? null : await file.text();
      const r =
        csv === null || csv.length > MAX_CSV_BYTES
          ? ({ ok: false, message: "The file is larger than 200 KB (about 1,000 people). Split it into smaller files.", fieldErrors: {} } as const)
          : await upload({ csv }).catch(() => ({ ok: false as const, message: "The file didn't reach the server. Check your connection and try again.", fieldErrors: {} }));
      setResult(r);
      requestAnimationFrame(() => reportRef.current?.focus());
    });
  }

  function download(users: CreatedUserLink[]) {
    // csvRow defuses cells a spreadsheet would run as formulas (a name like "=HYPERLINK(…)" must not
    // send the other rows' links anywhere); the byte-order mark makes Excel read accents right.
    const body = ["\uFEFF", csvRow(["name", "email", "role", "password link", "expires"]), ...users.map((u) => csvRow([u.name, u.email, u.role.toLowerCase(), u.setupToken ? setupLink(window.location.origin, u.setupToken) : "", u.expiresAt ?? ""]))].join("");
    const url = URL.createObjectURL(new Blob([body], { type: "text/csv" }));
    const a = Object.assign(document.createElement("a"), { href: url, download: "password-links.csv" });
    a.click();
    // Revoked a moment later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const problems = result && !result.ok ? byLine(result.fieldErrors) : [];
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div>
          <label htmlFor="user-csv" className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input id="user-csv" ref={fileRef} type="file" accept=".csv,text/csv" aria-describedby="user-csv-hint" className="mt-1 block text-sm" />
          <p id="user-csv-hint" className="mt-1 text-xs text-slate-600">
            A header line with <code>name</code>, <code>email</code> and optionally <code>role</code> (student or admin), then one person per line.
          </p>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Checking…" : "Upload and create"}
        </Button>
      </form>
      <div ref={reportRef} tabIndex={-1} className="focus:outline-none" aria-live="polite">
        {result && !result.ok ? (
          <Alert tone="error" title={result.message}>
            {problems.length ? (
              <ul className="list-disc space-y-1 pl-5">
                {problems.map((p) => (
                  <li key={p.line}>
                    Line {p.line}: {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {result?.ok && result.data ? (
          <Alert tone="success" title={`${pluralize(result.data.length, "account")} created.`}>
            {result.data.some((u) => u.setupToken) ? (
              <>
                <p>Each has a one-time link to choose a password, valid for 7 days. Download them now: they won&apos;t be shown again.</p>
                <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => download(result.data!)}>
                  Download the links (CSV)
                </Button>
              </>
            ) : (
              <p>They sign in with single sign-on: each person&apos;s first sign-on with their address takes their account.</p>
            )}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
