import { buttonClasses } from "@/components/ui/button";
import { CONTROL } from "@/components/ui/field-notes";

type DeckChoice = { value: string; label: string };

/**
 * Downloads a deck as an Anki package: a plain GET form, so it works without script and the browser
 * saves the file. With one deck it exports that deck; with several, the student picks one.
 */
export function ApkgExportForm({ decks, idPrefix = "apkg-export" }: { decks: DeckChoice[]; idPrefix?: string }) {
  const [only] = decks.length === 1 ? decks : [];
  return (
    <form method="get" action="/api/decks/export" className="max-w-md space-y-3">
      {only ? (
        <input type="hidden" name="deck" value={only.value} />
      ) : (
        <div>
          <label htmlFor={`${idPrefix}-deck`} className="block text-sm font-medium text-slate-800">
            Deck
          </label>
          <select id={`${idPrefix}-deck`} name="deck" className={`${CONTROL} border-slate-300`}>
            {decks.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="flex items-start gap-2">
        <input id={`${idPrefix}-scheduling`} type="checkbox" name="scheduling" value="1" defaultChecked className="mt-1 h-4 w-4 rounded border-slate-300" aria-describedby={`${idPrefix}-scheduling-hint`} />
        <div>
          <label htmlFor={`${idPrefix}-scheduling`} className="text-sm font-medium text-slate-800">
            Include my scheduling and review history
          </label>
          <p id={`${idPrefix}-scheduling-hint`} className="text-xs text-slate-500">
            Untick to share the deck: every card arrives new. Computed cards go out as one fixed example each.
          </p>
        </div>
      </div>
      <button type="submit" className={buttonClasses("secondary", "sm")}>
        Download .apkg
      </button>
    </form>
  );
}
