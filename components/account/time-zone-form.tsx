"use client";

import { useActionState, useState } from "react";
import { useDeviceTimeZone } from "@/components/ui/use-device-time-zone";
import type { ActionState } from "@/lib/forms/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (prev: ActionState<{ timeZone: string }>, form: FormData) => Promise<ActionState<{ timeZone: string }>>;

/**
 * Picks the IANA zone the student's days start in. Offers the browser's own zone with one
 * click, since most people want "where I am" and few know their zone's IANA name.
 */
export function TimeZoneForm({ action, current, zones }: { action: Action; current: string; zones: readonly string[] }) {
  const [state, formAction] = useActionState(action, null);
  const [value, setValue] = useState(current);
  const deviceZone = useDeviceTimeZone();
  const error = state && !state.ok ? state.fieldErrors.timeZone : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <div>
        <label htmlFor="field-timeZone" className="block text-sm font-medium text-slate-800">
          Time zone
        </label>
        <select
          id="field-timeZone"
          name="timeZone"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "field-timeZone-error" : "field-timeZone-hint"}
          className={`mt-1 block w-full max-w-sm rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${error ? "border-red-500" : "border-slate-300"}`}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {error ? (
          <p id="field-timeZone-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : (
          <p id="field-timeZone-hint" className="mt-1 text-xs text-slate-500">
            Your day starts at midnight here: daily new-card limits, &ldquo;due today&rdquo;, streaks and statistics follow it.
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Saving…">Save time zone</SubmitButton>
        {deviceZone && deviceZone !== value ? (
          <button type="button" className="text-sm text-brand-700 underline" onClick={() => setValue(deviceZone)}>
            Use this device&apos;s zone ({deviceZone.replaceAll("_", " ")})
          </button>
        ) : null}
      </div>
    </form>
  );
}
