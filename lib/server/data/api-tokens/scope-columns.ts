import "server-only";
import type { ApiScope } from "@/lib/generated/prisma/enums";
import type { ApiScopeName } from "@/lib/auth/api-scopes";

export const SCOPE_COLUMN: Record<ApiScopeName, ApiScope> = { reviews: "REVIEWS", attempts: "ATTEMPTS", "progress:read": "PROGRESS_READ", admin: "ADMIN" };

export const SCOPE_NAME: Record<ApiScope, ApiScopeName> = { REVIEWS: "reviews", ATTEMPTS: "attempts", PROGRESS_READ: "progress:read", ADMIN: "admin" };
