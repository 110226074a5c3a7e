import { StatusPage } from "@/components/layout/status-page";

export default function Forbidden() {
  return (
    <StatusPage code={403} title="You don't have access to this page">
      Your account can&apos;t open this page. If you think it should, ask an administrator or your team lead.
    </StatusPage>
  );
}
