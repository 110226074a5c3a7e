import { StatusPage } from "@/components/layout/status-page";

export default function NotFound() {
  return (
    <StatusPage code={404} title="Page not found">
      There&apos;s nothing at this address. It may have moved, or the link may be incomplete.
    </StatusPage>
  );
}
