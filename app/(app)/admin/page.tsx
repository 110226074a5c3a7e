import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { SettingsForm } from "@/components/admin/settings-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getAdminOverview } from "@/lib/server/data/instance/get-admin-overview";
import { updateSettingsAction } from "./actions";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const { actor } = await requireActor("/admin", { admin: true });
  const overview = await getAdminOverview(actor);
  const stats = [
    { label: "Accounts", value: overview.users, href: "/admin/users" },
    { label: "Active admins", value: overview.admins, href: "/admin/users" },
    { label: "Deactivated", value: overview.deactivated, href: "/admin/users" },
    { label: "Teams", value: overview.teams, href: "/teams" },
    { label: "Topics", value: overview.topics, href: "/dashboard" },
    { label: "Templates", value: overview.templates, href: "/admin/templates" },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title="Administration" description="Accounts, teams and instance settings." />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((s) => (
          <li key={s.label}>
            <Link href={s.href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-500">
              <span className="block text-2xl font-semibold tabular-nums">{s.value}</span>
              <span className="text-sm text-slate-600">{s.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Sign-up</h2>
          {SIGN_IN_METHODS.password ? (
            <SettingsForm action={updateSettingsAction} signupEnabled={overview.settings.signupEnabled} />
          ) : (
            <p className="text-sm text-slate-600">Accounts come from {SIGN_IN_METHODS.sso?.name ?? "single sign-on"}: whoever it lets in gets an account at their first sign-in.</p>
          )}
          {SIGN_IN_METHODS.password && SIGN_IN_METHODS.sso ? (
            <p className="mt-3 text-xs text-slate-600">
              This covers accounts with a password. {SIGN_IN_METHODS.sso.name} creates an account for whoever it lets in, whatever this says.
            </p>
          ) : null}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Manage</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link href="/admin/users" className="font-medium text-brand-700 hover:underline">
                Users
              </Link>{" "}
              — change roles, deactivate accounts.
            </li>
            <li>
              <Link href="/admin/templates" className="font-medium text-brand-700 hover:underline">
                Templates
              </Link>{" "}
              — preview every template with sample variants, answers and worked steps.
            </li>
            <li>
              <Link href="/admin/flashcards" className="font-medium text-brand-700 hover:underline">
                Flashcards
              </Link>{" "}
              — write basic and cloze cards, and turn templates into computed cards for the topic decks.
            </li>
            <li>
              <Link href="/admin/quizzes" className="font-medium text-brand-700 hover:underline">
                Quizzes
              </Link>{" "}
              — build quizzes and publish them to everyone or to chosen teams.
            </li>
            <li>
              <Link href="/admin/import-export" className="font-medium text-brand-700 hover:underline">
                Import and export
              </Link>{" "}
              — import Moodle GIFT, Moodle XML or Quizformer JSON; download the templates in any of them.
            </li>
            <li>
              <Link href="/teams" className="font-medium text-brand-700 hover:underline">
                Teams
              </Link>{" "}
              — create teams and invite members by link.
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
