import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import type { ImportFormat } from "@/lib/gift/detect-format";
import type { ImportIssue, ImportReport as Report, ImportResult, NotListed } from "@/lib/server/data/import-export/import-result";

const OUTCOME = {
  created: { label: "New", tone: "green" },
  versioned: { label: "New version", tone: "brand" },
  unchanged: { label: "Unchanged", tone: "slate" },
} as const;

const FORMAT_NAMES: Record<ImportFormat, string> = { gift: "GIFT", "moodle-xml": "Moodle XML", json: "Quizformer JSON" };

const NONE_HIDDEN: NotListed = { templates: 0, errors: 0, warnings: 0 };

/**
 * The outcome of an import: every error with its line (nothing written), or what
 * was written, plus warnings. A very large file's lists are cut short by the
 * server (`notListed` says by how many); the counts cover everything.
 */
export function ImportReport({ result, source, format, notListed = NONE_HIDDEN }: { result: ImportResult; source: string; format: ImportFormat; notListed?: NotListed }) {
  const kind = FORMAT_NAMES[format];
  if (!result.ok) {
    return (
      <div className="space-y-3">
        <Alert tone="error" title={`Nothing was imported: ${plural(result.errors.length + notListed.errors, "problem")} in ${source} (${kind}).`}>
          <p>Fix every one and import the file again; the import is all or nothing.</p>
          <IssueList issues={result.errors} more={notListed.errors} />
        </Alert>
        <Warnings issues={result.warnings} more={notListed.warnings} />
      </div>
    );
  }
  const { report } = result;
  return (
    <div className="space-y-3">
      <Alert tone="success" title={`Imported ${source} (${kind}).`}>
        <p>{summary(report)}</p>
      </Alert>
      <Warnings issues={report.warnings} more={notListed.warnings} />
      {report.templates.length ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 text-sm" aria-label="Imported templates">
          {report.templates.map((t) => (
            <li key={t.key} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="min-w-0">
                <Link href={`/admin/templates/${t.key}`} className="block truncate font-medium text-brand-700 hover:underline">
                  {t.title}
                </Link>
                <code className="text-xs text-slate-500">
                  {t.key} · v{t.version}
                </code>
              </span>
              <Badge tone={OUTCOME[t.outcome].tone}>{OUTCOME[t.outcome].label}</Badge>
            </li>
          ))}
          {notListed.templates ? <li className="px-3 py-2 text-slate-600">…and {plural(notListed.templates, "more template")}.</li> : null}
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

function Warnings({ issues, more }: { issues: ImportIssue[]; more: number }) {
  if (!issues.length) return null;
  return (
    <Alert tone="warning" title={plural(issues.length + more, "warning")}>
      <IssueList issues={issues} more={more} />
    </Alert>
  );
}

function IssueList({ issues, more }: { issues: ImportIssue[]; more: number }) {
  return (
    // The scrolling box takes focus (a long report scrolls by keyboard); the list inside stays a list.
    <div role="region" aria-label="The problems found" tabIndex={0} className="mt-2 max-h-96 overflow-y-auto">
      <ul className="list-none space-y-1">
        {issues.map((issue, i) => (
          <li key={i}>
            {issue.line !== null ? <span className="font-mono font-semibold">Line {issue.line}: </span> : null}
            {issue.message}
          </li>
        ))}
        {more ? <li>…and {more} more.</li> : null}
      </ul>
    </div>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
