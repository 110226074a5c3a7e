import type { Metadata } from "next";
import { Card, PageHeader, Badge } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireUser } from "@/lib/server/auth/current-user";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { changePasswordAction, updateTimeZoneAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

/** Every zone the runtime knows, with UTC first (it isn't in the IANA canonical list on every runtime). */
function timeZones(current: string): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  zones.add(current);
  return [...zones];
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title="Your account" />
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-500">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-slate-500">Role</dt>
          <dd>
            <Badge tone={user.role === "ADMIN" ? "brand" : "slate"}>{user.role === "ADMIN" ? "Administrator" : "Student"}</Badge>
          </dd>
        </dl>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Time zone</h2>
        <TimeZoneForm action={updateTimeZoneAction} current={user.timeZone} zones={timeZones(user.timeZone)} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Change password</h2>
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
    </div>
  );
}
