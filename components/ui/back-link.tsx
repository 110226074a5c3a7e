import Link from "next/link";
import type { ReactNode } from "react";

/** The "← Parent" link above a page's header, back to where the page sits. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm text-brand-700 hover:underline">
      ← {children}
    </Link>
  );
}
