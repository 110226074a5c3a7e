import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { OptimizePanel } from "@/components/review/optimize-panel";
import { SrsSettingsForm } from "@/components/review/srs-settings-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getOptimizationStatus } from "@/lib/server/data/flashcards/get-optimization-status";
import { getSrsSettings } from "@/lib/server/data/flashcards/get-srs-settings";
import { loadFsrsOptimizer } from "@/lib/server/fsrs-optimizer";
import { optimizeParametersAction, resetFsrsParametersAction, saveSrsSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Review settings" };

export default async function ReviewSettingsPage() {
  const { actor } = await requireActor("/review/settings");
  const [settings, status, loaded] = await Promise.all([getSrsSettings(actor), getOptimizationStatus(actor), loadFsrsOptimizer()]);
  const optimizer = loaded.available ? ({ available: true } as const) : ({ available: false, reason: loaded.reason } as const);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/review" className="text-sm text-brand-700 hover:underline">
        ← Review
      </Link>
      <PageHeader title="Review settings" description="How the FSRS scheduler plans your flashcards." />
      <Card>
        <SrsSettingsForm settings={settings} action={saveSrsSettingsAction} />
      </Card>
      <Card>
        <OptimizePanel status={status} optimizer={optimizer} optimizeAction={optimizeParametersAction} resetAction={resetFsrsParametersAction} />
      </Card>
    </div>
  );
}
