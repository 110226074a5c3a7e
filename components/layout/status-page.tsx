import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** The body of the 401/403/404 pages. */
export function StatusPage({ code, title, children }: { code: number; title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      <div className="mt-3 text-slate-600">{children}</div>
      <div className="mt-6 flex gap-3">
        <Link href="/dashboard" className={buttonClasses("primary")}>
          Dashboard
        </Link>
        <Link href="/" className={buttonClasses("secondary")}>
          Home
        </Link>
      </div>
    </main>
  );
}
