import "server-only";

/** A problem or remark about an imported file, at its line when the format has one. */
export type ImportIssue = { line: number | null; message: string };

export type TemplateOutcome = { key: string; title: string; version: number; outcome: "created" | "versioned" | "unchanged" };

export type ImportReport = {
  created: number;
  versioned: number;
  unchanged: number;
  templates: TemplateOutcome[];
  /** Quizzes of a Quizformer JSON file: new ones are created unpublished; existing titles are never overwritten. */
  quizzes: { created: number; unchanged: number; skipped: number };
  warnings: ImportIssue[];
};

/** Either everything was written, or nothing was and `errors` says why, line by line. */
export type ImportResult = { ok: true; report: ImportReport } | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

export function byLine(issues: ImportIssue[]): ImportIssue[] {
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i).map((x) => x.issue);
}
