"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * Shown when a page fails on the server. Production hides the cause from the
 * browser, so the page asks the health endpoint whether the database is down.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((r) => setDatabaseDown(r.status === 503))
      .catch(() => setDatabaseDown(false));
  }, []);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">{databaseDown ? "Quizformer can't reach its database" : "Something went wrong"}</h1>
      <p className="mt-3 text-slate-600">
        {databaseDown
          ? "The database isn't answering. If you run this Quizformer, check that PostgreSQL is up and DATABASE_URL is right; the server log has the details."
          : "This page couldn't be loaded. Try again; if it keeps happening, tell your administrator."}
      </p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500">Reference: {error.digest}</p> : null}
      <div className="mt-6 flex gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className={buttonClasses("secondary")}>
          Home
        </Link>
      </div>
    </main>
  );
}
