import { Alert } from "@/components/ui/alert";
import { pluralize } from "@/lib/format/display";
import { VariantPreview } from "@/components/templates/variant-preview";
import type { ActionState } from "@/lib/forms/action-result";
import type { DraftPreview } from "@/lib/server/data/templates/preview-template";

/** The live preview: sample variants with answers and steps, or what stops the draft from working. */
export function PreviewPanel({ state, pending }: { state: ActionState<DraftPreview>; pending: boolean }) {
  const preview = state?.ok ? state.data : undefined;
  return (
    <section aria-labelledby="live-preview" className="space-y-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="live-preview" className="text-base font-semibold text-slate-900">
          Live preview
        </h2>
        <span className="text-xs text-slate-500" aria-live="polite">
          {pending ? "Updating…" : preview?.spaceSize ? pluralize(preview.spaceSize, "possible variant") : ""}
        </span>
      </div>
      {!state ? <p className="text-sm text-slate-500">The preview appears here as you edit.</p> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div aria-live="polite">
        {preview && Object.keys(preview.fieldErrors).length ? (
          // Schema problems are shown on their fields; listing them here too would say each twice.
          <Alert tone="warning" title={Object.keys(preview.fieldErrors).length === 1 ? "1 field needs attention" : `${Object.keys(preview.fieldErrors).length} fields need attention`}>
            They&apos;re marked in the form. The preview returns once they&apos;re fixed.
          </Alert>
        ) : preview && preview.errors.length ? (
          <Alert tone="warning" title={preview.errors.length === 1 ? "1 problem to fix before saving" : `${preview.errors.length} problems to fix before saving`}>
            <ul className="list-disc space-y-1 pl-5">
              {preview.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {preview && !preview.errors.length ? <Alert tone="success">Checked on up to 200 sampled draws: every one computes and renders. Saving checks 1,000.</Alert> : null}
      </div>
      {preview?.variants.length ? (
        // While a new preview is computed the old one stays readable (dimming it would fail contrast),
        // outlined (a ring takes no room, so nothing moves) with "Updating…" above.
        <div aria-busy={pending} className={`space-y-4 rounded-lg ${pending ? "ring-2 ring-slate-300 ring-offset-4" : ""}`}>
          {preview.variants.map((v, i) => (
            <VariantPreview key={`${v.seed}-${i}`} variant={v} index={i} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
