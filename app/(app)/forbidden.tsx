import { ForbiddenPage } from "@/components/layout/status-page";

/** Inside the app's frame, whose layout holds the page's one <main>. */
export default function Forbidden() {
  return <ForbiddenPage landmark={false} />;
}
