import { parse } from "csv-parse/sync";
import { z } from "zod";
import { emailSchema, nameSchema } from "@/lib/schemas/account";

/** Rows one upload may create: a class or a department, not a directory sync. */
export const MAX_CSV_USERS = 1000;

export type CsvUser = { line: number; name: string; email: string; role: "STUDENT" | "ADMIN" };
export type CsvProblem = { line: number; message: string };

const roleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((r, ctx) => {
    if (r === "" || r === "student") return "STUDENT" as const;
    if (r === "admin" || r === "administrator") return "ADMIN" as const;
    ctx.addIssue({ code: "custom", message: `The role "${r}" is neither student nor admin.` });
    return z.NEVER;
  });

const HEADER_NAMES: Record<string, "name" | "email" | "role"> = { name: "name", "full name": "name", email: "email", "e-mail": "email", role: "role" };

/**
 * Reads a CSV of people to create: a header row with `name` and `email` (and optionally `role`:
 * student or admin, student when empty), one person per row. Every problem is reported with the
 * line it is on (lines count from 1, the header being line 1), so nothing is created from a file
 * with any problem; an email twice in the file is one.
 */
export function parseUserCsv(text: string): { users: CsvUser[]; problems: CsvProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  // The columns as the parser read the header (quotes and blank lines before it handled).
  const columns = new Set<string>();
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) =>
        header.map((h) => {
          const name = HEADER_NAMES[h.trim().toLowerCase()] ?? `ignored:${h}`;
          columns.add(name);
          return name;
        }),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { users: [], problems: [{ line, message: `The file isn't valid CSV here: ${(error as Error).message.replace(/^Invalid [^:]*: /, "")}` }] };
  }
  if (!columns.has("name") || !columns.has("email")) {
    return { users: [], problems: [{ line: 1, message: "The first line must name the columns, with at least name and email (role is optional)." }] };
  }
  if (records.length === 0) return { users: [], problems: [{ line: 1, message: "The file has a header but no people." }] };
  if (records.length > MAX_CSV_USERS) {
    return { users: [], problems: [{ line: 1, message: `The file has ${records.length} people; one upload takes at most ${MAX_CSV_USERS}. Split it.` }] };
  }

  const users: CsvUser[] = [];
  const problems: CsvProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const name = nameSchema.safeParse(record.name ?? "");
    const email = emailSchema.safeParse(record.email ?? "");
    const role = roleSchema.safeParse(record.role ?? "");
    const messages = [
      ...(name.success ? [] : [name.error.issues[0]!.message.replace("your name", "a name")]),
      ...(email.success ? [] : [record.email ? `“${record.email}” isn't a valid email address.` : "Enter an email address."]),
      ...(role.success ? [] : [role.error.issues[0]!.message]),
    ];
    if (email.success) {
      const earlier = firstLine.get(email.data);
      if (earlier !== undefined) messages.push(`${email.data} is already on line ${earlier}.`);
      else firstLine.set(email.data, line);
    }
    if (messages.length) problems.push({ line, message: messages.join(" ") });
    else users.push({ line, name: name.data!, email: email.data!, role: role.data! });
  }
  return { users, problems };
}
