"use client";

import "@/app/globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900">
        <main className="mx-auto max-w-lg px-4 py-16">
          <h1 className="text-2xl font-semibold">Quizformer is having trouble</h1>
          <p className="mt-3 text-slate-600">The page couldn&apos;t be shown. Check /api/health; the server log has the details.</p>
          {error.digest ? <p className="mt-2 text-xs text-slate-500">Reference: {error.digest}</p> : null}
          <button onClick={reset} className="mt-6 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
