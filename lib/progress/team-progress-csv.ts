import type { CsvValue } from "./csv";

/** What the export reads of a team's progress: the topics' titles and each member's figures. */
type TeamGrid = {
  topics: { title: string }[];
  members: {
    name: string;
    mastery: { ratio: number | null }[];
    overall: { ratio: number | null };
    overdue: { cards: number; oldestDays: number | null };
    retention: { passed: number; total: number };
  }[];
};

/** A share 0–1 as a percentage with one decimal (66.7), blank when there's nothing to divide. */
function percent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

/** The export's columns: the same figures as the progress page's grid and overdue list. */
export function teamProgressCsvHeader(progress: Pick<TeamGrid, "topics">): string[] {
  return ["Member", ...progress.topics.map((t) => `${t.title} mastery %`), "Overall mastery %", "Overdue cards", "Oldest overdue (days)", "Retention %"];
}

/** One row per member, in the page's order, produced as the stream asks for them. */
export function* teamProgressCsvRows(progress: Pick<TeamGrid, "members">): Generator<CsvValue[]> {
  for (const m of progress.members) {
    yield [
      m.name,
      ...m.mastery.map((c) => percent(c.ratio)),
      percent(m.overall.ratio),
      m.overdue.cards,
      m.overdue.oldestDays,
      percent(m.retention.total === 0 ? null : m.retention.passed / m.retention.total),
    ];
  }
}

/** "Inference Guild!" → "inference-guild": safe in a content-disposition header on every OS. */
export function teamFileName(teamName: string): string {
  const slug = teamName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "team";
}
