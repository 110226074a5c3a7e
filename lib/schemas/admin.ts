import { z } from "zod";

export const userRoleSchema = z.enum(["ADMIN", "STUDENT"], { error: "Choose Admin or Student." });

