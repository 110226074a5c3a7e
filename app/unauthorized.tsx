import Link from "next/link";
import { StatusPage } from "@/components/layout/status-page";

export default function Unauthorized() {
  return (
    <StatusPage code={401} title="Please sign in">
      <Link className="text-brand-700 underline" href="/signin">
        Sign in
      </Link>{" "}
      to see this page.
    </StatusPage>
  );
}
