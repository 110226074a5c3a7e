import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { OptimizePanel } from "@/components/flashcards/optimize-panel";
import { FlashcardSettingsForm } from "@/components/flashcards/flashcard-settings-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { getOptimizationStatus } from "@/lib/server/data/flashcards/get-optimization-status";
import { getFlashcardSettings } from "@/lib/server/data/flashcards/get-flashcard-settings";
import { loadFsrsOptimizer } from "@/lib/server/fsrs-optimizer";
import { optimizeParametersAction, resetFsrsParametersAction, saveFlashcardSettingsAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Flashcard settings" };

export default async function ReviewSettingsPage() {
  const { user, actor } = await requireActor("/flashcards/settings");
  const [settings, status, loaded] = await Promise.all([getFlashcardSettings(actor), getOptimizationStatus(actor), loadFsrsOptimizer()]);
  const optimizer = loaded.available ? ({ available: true } as const) : ({ available: false, reason: loaded.reason } as const);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/flashcards">Flashcards</BackLink>
      <PageHeader title="Flashcard settings" description="How the FSRS scheduler plans your flashcards." />
      <Card>
        <FlashcardSettingsForm settings={settings} action={saveFlashcardSettingsAction} />
      </Card>
      <Card>
        <OptimizePanel status={status} optimizer={optimizer} optimizeAction={optimizeParametersAction} resetAction={resetFsrsParametersAction} timeZone={user.timeZone} />
      </Card>
    </div>
  );
}
