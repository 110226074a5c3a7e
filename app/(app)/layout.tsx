import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { signOutAction } from "./account/actions";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const setupPending = !user && (await needsSetup());
  return (
    <>
      <SiteHeader user={user} setupPending={setupPending} signOut={signOutAction} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:px-8">
        {children}
      </main>
    </>
  );
}
