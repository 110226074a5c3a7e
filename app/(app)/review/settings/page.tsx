import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { SrsSettingsForm } from "@/components/review/srs-settings-form";
import { requireUser } from "@/lib/server/auth/current-user";
import { getSrsSettings } from "@/lib/server/data/flashcards/get-srs-settings";
import { saveSrsSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Review settings" };

export default async function ReviewSettingsPage() {
  const user = await requireUser("/review/settings");
  const settings = await getSrsSettings({ id: user.id, role: user.role });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/review" className="text-sm text-brand-700 hover:underline">
        ← Review
      </Link>
      <PageHeader title="Review settings" description="How the FSRS scheduler plans your flashcards." />
      <Card>
        <SrsSettingsForm settings={settings} action={saveSrsSettingsAction} />
      </Card>
    </div>
  );
}
