import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import type { ImportIssue, ImportReport as Report, ImportResult } from "@/lib/server/data/import-export/import-result";

const OUTCOME = {
  created: { label: "New", tone: "green" },
  versioned: { label: "New version", tone: "brand" },
  unchanged: { label: "Unchanged", tone: "slate" },
} as const;

/** The outcome of an import: every error with its line (nothing written), or what was written, plus warnings. */
export function ImportReport({ result, source, format }: { result: ImportResult; source: string; format: "gift" | "json" }) {
  const kind = format === "gift" ? "GIFT" : "Quizformer JSON";
  if (!result.ok) {
    return (
      <div className="space-y-3">
        <Alert tone="error" title={`Nothing was imported: ${plural(result.errors.length, "problem")} in ${source} (${kind}).`}>
          <p>Fix every one and import the file again; the import is all or nothing.</p>
          <IssueList issues={result.errors} />
        </Alert>
        <Warnings issues={result.warnings} />
      </div>
    );
  }
  const { report } = result;
  return (
    <div className="space-y-3">
      <Alert tone="success" title={`Imported ${source} (${kind}).`}>
        <p>{summary(report)}</p>
      </Alert>
      <Warnings issues={report.warnings} />
      {report.templates.length ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 text-sm" aria-label="Imported templates">
          {report.templates.map((t) => (
            <li key={t.key} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="min-w-0">
                <Link href={`/admin/questions/${t.key}`} className="block truncate font-medium text-brand-700 hover:underline">
                  {t.title}
                </Link>
                <code className="text-xs text-slate-500">
                  {t.key} · v{t.version}
                </code>
              </span>
              <Badge tone={OUTCOME[t.outcome].tone}>{OUTCOME[t.outcome].label}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function summary(report: Report): string {
  const parts = [`${plural(report.created, "new template")}`, `${plural(report.versioned, "new version")}`, `${report.unchanged} unchanged`];
  const q = report.quizzes;
  if (q.created + q.unchanged + q.skipped) parts.push(`quizzes: ${q.created} created as unpublished drafts, ${q.unchanged} unchanged, ${q.skipped} skipped`);
  return `${parts.join("; ")}.`;
}

function Warnings({ issues }: { issues: ImportIssue[] }) {
  if (!issues.length) return null;
  return (
    <Alert tone="warning" title={plural(issues.length, "warning")}>
      <IssueList issues={issues} />
    </Alert>
  );
}

function IssueList({ issues }: { issues: ImportIssue[] }) {
  return (
    <ul className="mt-2 max-h-96 list-none space-y-1 overflow-y-auto">
      {issues.map((issue, i) => (
        <li key={i}>
          {issue.line !== null ? <span className="font-mono font-semibold">Line {issue.line}: </span> : null}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
