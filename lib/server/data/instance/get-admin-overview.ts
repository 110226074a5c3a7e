import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { getInstanceSettings, type InstanceSettings } from "./get-instance-settings";

export type AdminOverview = { users: number; admins: number; deactivated: number; teams: number; topics: number; templates: number; settings: InstanceSettings };

export async function getAdminOverview(actor: Actor): Promise<AdminOverview> {
  requireAdmin(actor);
  const db = getDb();
  const [users, admins, deactivated, teams, topics, templates, settings] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { role: "ADMIN", deactivatedAt: null } }),
    db.user.count({ where: { deactivatedAt: { not: null } } }),
    db.team.count(),
    db.topic.count(),
    db.questionTemplate.count({ where: { isLatest: true } }),
    getInstanceSettings(),
  ]);
  return { users, admins, deactivated, teams, topics, templates, settings };
}
