import Link from "next/link";
import type { SessionUser } from "@/lib/server/data/accounts/get-session-user";
import { buttonClasses } from "@/components/ui/button";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "./nav-link";
import { PhoneMenu } from "./phone-menu";

/** `setupPending`: before setup, sign-in and sign-up lead nowhere, so the header offers neither. */
export function SiteHeader({ user, setupPending, signOut }: { user: SessionUser | null; setupPending: boolean; signOut: (form: FormData) => void }) {
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 sm:gap-x-6 px-4 py-3 sm:px-6 lg:px-8">
        <Link href={user ? "/dashboard" : "/"} className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
            Q
          </span>
          Quizformer
        </Link>
        {user ? (
          <>
            <nav aria-label="Main" className="hidden flex-wrap gap-1 sm:flex">
              <MainLinks admin={user.role === "ADMIN"} />
            </nav>
            <div className="ml-auto hidden items-center gap-2 sm:flex">
              <Link href="/account" className="max-w-48 truncate text-sm text-slate-600 hover:text-slate-900" title="Your account">
                {user.name}
              </Link>
              <SignOutButton action={signOut} />
            </div>
            <PhoneMenu>
              <nav aria-label="Main" className="flex flex-col gap-1">
                <MainLinks admin={user.role === "ADMIN"} />
                <NavLink href="/account">Account · {user.name}</NavLink>
              </nav>
              <div className="mt-3 border-t border-slate-200 pt-3">
                <SignOutButton action={signOut} />
              </div>
            </PhoneMenu>
          </>
        ) : setupPending ? null : (
          <div className="ml-auto flex items-center gap-2">
            <Link href="/signin" className={buttonClasses("ghost", "sm")}>
              Sign in
            </Link>
            <Link href="/signup" className={buttonClasses("primary", "sm")}>
              <span className="sm:hidden">Sign up</span>
              <span className="hidden sm:inline">Create account</span>
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}

function MainLinks({ admin }: { admin: boolean }) {
  return (
    <>
      <NavLink href="/dashboard">Dashboard</NavLink>
      <NavLink href="/quizzes">Quizzes</NavLink>
      <NavLink href="/flashcards">Flashcards</NavLink>
      <NavLink href="/progress">Progress</NavLink>
      <NavLink href="/teams">Teams</NavLink>
      {admin ? <NavLink href="/admin">Admin</NavLink> : null}
    </>
  );
}
