import "server-only";
import { masteryRatio, type MasteryCount } from "@/lib/progress/mastery";
import type { Db } from "@/lib/server/db";
import type { TeamPeriod } from "./team-period";
import { queryMastery } from "../query-mastery";

export type MasteryCell = MasteryCount & { topicId: string; ratio: number | null };
export type MemberMastery = { cells: MasteryCell[]; overall: MasteryCount & { ratio: number | null } };
export type TeamAverages = {
  /** Per topic, in column order: the mean of the members' ratios (null with no members). */
  topics: { topicId: string; ratio: number | null }[];
  /** The mean of the members' overall ratios. */
  overall: number | null;
};

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/**
 * Mastery per member and topic (one SQL query), in the order of `topicIds`. A member's overall
 * mastery is the share of all active questions they master, so a large topic weighs more than a
 * small one, as it does in the course; the team averages weigh every member equally.
 */
export async function teamMastery(
  db: Db,
  userIds: readonly string[],
  topicIds: readonly string[],
  period: TeamPeriod,
): Promise<{ byMember: Map<string, MemberMastery>; averages: TeamAverages }> {
  const rows = await queryMastery(db, userIds, period);
  const byKey = new Map(rows.map((r) => [`${r.userId}\u0000${r.topicId}`, r]));
  const byMember = new Map<string, MemberMastery>();
  for (const userId of userIds) {
    const cells = topicIds.map((topicId): MasteryCell => {
      const row = byKey.get(`${userId}\u0000${topicId}`);
      const count = { mastered: row?.mastered ?? 0, answered: row?.answered ?? 0, total: row?.total ?? 0 };
      return { topicId, ...count, ratio: masteryRatio(count) };
    });
    const overall = cells.reduce((sum, c) => ({ mastered: sum.mastered + c.mastered, answered: sum.answered + c.answered, total: sum.total + c.total }), {
      mastered: 0,
      answered: 0,
      total: 0,
    });
    byMember.set(userId, { cells, overall: { ...overall, ratio: masteryRatio(overall) } });
  }
  const members = [...byMember.values()];
  return {
    byMember,
    averages: {
      topics: topicIds.map((topicId, i) => ({ topicId, ratio: mean(members.map((m) => m.cells[i]!.ratio)) })),
      overall: mean(members.map((m) => m.overall.ratio)),
    },
  };
}
