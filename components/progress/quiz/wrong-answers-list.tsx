import type { ItemAnalysisRow } from "@/lib/server/data/progress/get-item-analysis";
import { MISCONCEPTIONS } from "@/lib/questions/misconceptions";
import { InlineMarkdown } from "@/components/ui/markdown";

function misconceptionText(id: string | null): string {
  if (id === null) return "No named misconception";
  return id in MISCONCEPTIONS ? MISCONCEPTIONS[id as keyof typeof MISCONCEPTIONS] : id;
}

/** The wrong first-attempt answers of each numeric and choice question, grouped by the misconception grading named. */
export function WrongAnswersList({ items }: { items: ItemAnalysisRow[] }) {
  const withWrong = items.filter((i) => i.wrongAnswers && i.wrongAnswers.length > 0);
  if (withWrong.length === 0) return <p className="text-sm text-slate-600">No wrong answers to numeric or choice questions in first attempts.</p>;
  return (
    <ul className="space-y-5">
      {withWrong.map((item) => (
        <li key={item.key}>
          <h3 className="font-medium text-slate-900">{item.title}</h3>
          <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
            {item.wrongAnswers!.map((group) => (
              <li key={group.misconception ?? ""} className="flex flex-col gap-1 px-3 py-2 text-sm sm:flex-row sm:gap-4">
                <span className="shrink-0 tabular-nums text-slate-900 sm:w-20">
                  {group.count} wrong
                </span>
                <span className="min-w-0">
                  <span className={group.misconception ? "text-slate-900" : "italic text-slate-600"}>{misconceptionText(group.misconception)}</span>
                  {group.examples.length > 0 ? (
                    <span className="mt-1 flex flex-wrap items-center gap-1.5 text-slate-600">
                      <span className="text-xs">e.g.</span>
                      {group.examples.map((text) => (
                        <q key={text} className="break-words rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800 before:content-none after:content-none">
                          {/* Choices are authored Markdown with math; a typed number is shown exactly as typed. */}
                          {item.kind === "NUMERIC" ? text : <InlineMarkdown>{text}</InlineMarkdown>}
                        </q>
                      ))}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
