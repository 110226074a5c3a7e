import { describe, expect, it } from "vitest";
import { MAX_CSV_USERS, parseUserCsv } from "./user-csv";

describe("parseUserCsv", () => {
  it("reads people with an optional role, whatever the column order, quotes and blank lines", () => {
    const csv = '\uFEFFEmail,Name,Role\r\nada@example.com,Ada Lovelace,admin\r\n\r\n"BOB@Example.com ","Turing, Alan",\r\n';
    expect(parseUserCsv(csv)).toEqual({
      users: [
        { line: 2, name: "Ada Lovelace", email: "ada@example.com", role: "ADMIN" },
        { line: 4, name: "Turing, Alan", email: "bob@example.com", role: "STUDENT" },
      ],
      problems: [],
    });
  });

  it("reads a quoted header and one after blank lines", () => {
    expect(parseUserCsv('\n"Name","E-mail"\nAda,ada@example.com\n').users).toEqual([{ line: 3, name: "Ada", email: "ada@example.com", role: "STUDENT" }]);
  });

  it("reports every problem with its line, including an email twice in the file", () => {
    const csv = ["name,email,role", "Ada,ada@example.com,", ",nobody@example.com,", "Cy,not-an-email,", "Dee,ada@example.com,", "Eve,eve@example.com,teacher"].join("\n");
    expect(parseUserCsv(csv).problems).toEqual([
      { line: 3, message: "Enter a name." },
      { line: 4, message: "“not-an-email” isn't a valid email address." },
      { line: 5, message: "ada@example.com is already on line 2." },
      { line: 6, message: 'The role "teacher" is neither student nor admin.' },
    ]);
  });

  it("refuses a file without the needed columns, without people, or with too many", () => {
    expect(parseUserCsv("first,last\nAda,L").problems).toEqual([{ line: 1, message: "The first line must name the columns, with at least name and email (role is optional)." }]);
    expect(parseUserCsv("name,email\n").problems).toEqual([{ line: 1, message: "The file has a header but no people." }]);
    const many = ["name,email", ...Array.from({ length: MAX_CSV_USERS + 1 }, (_, i) => `P${i},p${i}@example.com`)].join("\n");
    expect(parseUserCsv(many).problems[0]!.message).toMatch(/at most 1000/);
  });

  it("names the line of broken CSV", () => {
    const { users, problems } = parseUserCsv('name,email\nAda,ada@example.com\n"Bob,bob@example.com\n');
    expect(users).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]!.message).toMatch(/^The file isn't valid CSV here/);
  });
});
