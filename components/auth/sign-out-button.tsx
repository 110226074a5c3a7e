import { Button } from "@/components/ui/button";

/** A form that posts the sign-out action: works before any script has loaded, and ships none. */
export function SignOutButton({ action }: { action: (form: FormData) => void }) {
  return (
    <form action={action}>
      <Button type="submit" variant="secondary" size="sm">
        Sign out
      </Button>
    </form>
  );
}
