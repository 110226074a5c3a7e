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

/** How many templates, errors and warnings a shortened result leaves out. */
export type NotListed = { templates: number; errors: number; warnings: number };

/**
 * The result with at most `max` templates, errors and warnings listed (counts stay
 * complete): a file at the size limit holds 180,000 questions, too many to send
 * and show one by one.
 */
export function shortenResult(result: ImportResult, max: number): { result: ImportResult; notListed: NotListed } {
  const cut = <T>(items: T[]) => items.slice(0, max);
  if (!result.ok) {
    return {
      result: { ok: false, errors: cut(result.errors), warnings: cut(result.warnings) },
      notListed: { templates: 0, errors: Math.max(0, result.errors.length - max), warnings: Math.max(0, result.warnings.length - max) },
    };
  }
  const { report } = result;
  return {
    result: { ok: true, report: { ...report, templates: cut(report.templates), warnings: cut(report.warnings) } },
    notListed: { templates: Math.max(0, report.templates.length - max), errors: 0, warnings: Math.max(0, report.warnings.length - max) },
  };
}
