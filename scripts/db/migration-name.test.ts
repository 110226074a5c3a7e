import { describe, expect, it } from "vitest";
import { slugifyMigrationName } from "./migration-name";

describe("slugifyMigrationName", () => {
  it.each([
    ["init", "init"],
    ["add quiz tags", "add_quiz_tags"],
    ["addQuizTags", "add_quiz_tags"],
    ["  Add--Quiz  Tags! ", "add_quiz_tags"],
    ["users & teams", "users_and_teams"],
    ["team's invites", "teams_invites"],
    ["HTMLParser2", "html_parser2"],
    ["APIs for v2", "apis_for_v2"],
    ["créer les équipes", "creer_les_equipes"],
    ["Größe ändern", "groesse_aendern"],
    ["Ærø ØL", "a_ero_ol"],
    ["!!!", ""],
  ])("turns %j into %j, as prisma migrate dev --name does", (name, slug) => {
    expect(slugifyMigrationName(name)).toBe(slug);
  });

  it("keeps at most 200 characters", () => {
    expect(slugifyMigrationName("a".repeat(250))).toHaveLength(200);
  });
});
