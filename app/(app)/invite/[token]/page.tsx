import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTimeIn } from "@/components/ui/format";
import { AcceptInviteForm } from "@/components/teams/accept-invite-form";
import { inviteTokenSchema } from "@/lib/schemas/team";
import { requireActor } from "@/lib/server/entry/require-actor";
import { isAppError } from "@/lib/server/errors";
import { getInvitePreview } from "@/lib/server/data/teams/get-invite-preview";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Team invite" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { user, actor } = await requireActor(`/invite/${token}`);
  const parsed = inviteTokenSchema.safeParse(token);
  const preview = parsed.success
    ? await getInvitePreview(actor, parsed.data, new Date()).catch((error: unknown) => {
        if (isAppError(error)) return { error: error.message };
        throw error;
      })
    : { error: "This invite link is malformed. Check that you copied all of it." };

  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Team invite</h1>
        {"error" in preview ? (
          <div className="mt-4 space-y-4">
            <Alert tone="error">{preview.error}</Alert>
            <Link href="/teams" className={buttonClasses("secondary")}>
              Go to your teams
            </Link>
          </div>
        ) : preview.alreadyMember ? (
          <div className="mt-4 space-y-4">
            <Alert tone="info">You&apos;re already a member of {preview.teamName}.</Alert>
            <Link href={`/teams/${preview.teamId}`} className={buttonClasses("primary")}>
              Open {preview.teamName}
            </Link>
          </div>
        ) : (
          <div className="mt-4 space-y-4">
            <p className="text-sm text-slate-700">
              You&apos;re invited to join <strong>{preview.teamName}</strong> as a {preview.role === "LEAD" ? "lead" : "member"}. The link is valid until{" "}
              {formatDateTimeIn(preview.expiresAt, user.timeZone)}.
            </p>
            <p className="text-sm text-slate-600">
              Its leads will see your learning progress on this team&apos;s progress page. You can leave the team at any time.
            </p>
            <AcceptInviteForm token={token} teamName={preview.teamName} action={acceptInviteAction} />
          </div>
        )}
      </Card>
    </div>
  );
}
