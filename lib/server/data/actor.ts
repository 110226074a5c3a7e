import "server-only";
import type { UserRole } from "@/lib/generated/prisma/enums";

/** The signed-in user on whose behalf a data-access function runs. */
export type Actor = { id: string; role: UserRole };
