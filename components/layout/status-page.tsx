import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

type Landmark = {
  /**
   * True where nothing around the page has a <main> (an address outside the app's frame);
   * false inside the app's frame, whose layout already is the page's one main landmark.
   */
  landmark: boolean;
};

/** The body of the 401/403/404 pages. */
export function StatusPage({ code, title, children, landmark }: Landmark & { code: number; title: string; children: ReactNode }) {
  const body = (
    <>
      <p className="text-sm font-semibold text-brand-700">{code}</p>
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
    </>
  );
  return landmark ? (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      {body}
    </main>
  ) : (
    <div className="mx-auto max-w-lg py-8">{body}</div>
  );
}

export function NotFoundPage({ landmark }: Landmark) {
  return (
    <StatusPage code={404} title="Page not found" landmark={landmark}>
      There&apos;s nothing at this address. It may have moved, or the link may be incomplete.
    </StatusPage>
  );
}

export function ForbiddenPage({ landmark }: Landmark) {
  return (
    <StatusPage code={403} title="You don't have access to this page" landmark={landmark}>
      Your account can&apos;t open this page. If you think it should, ask an administrator or your team lead.
    </StatusPage>
  );
}

export function UnauthorizedPage({ landmark }: Landmark) {
  return (
    <StatusPage code={401} title="Please sign in" landmark={landmark}>
      <Link className="text-brand-700 underline" href="/signin">
        Sign in
      </Link>{" "}
      to see this page.
    </StatusPage>
  );
}
