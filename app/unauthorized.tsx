import { UnauthorizedPage } from "@/components/layout/status-page";

/** Outside the app's frame (an unknown address): the page is its own main landmark. */
export default function Unauthorized() {
  return <UnauthorizedPage landmark />;
}
