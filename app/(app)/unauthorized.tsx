import { UnauthorizedPage } from "@/components/layout/status-page";

/** Inside the app's frame, whose layout holds the page's one <main>. */
export default function Unauthorized() {
  return <UnauthorizedPage landmark={false} />;
}
