import { expect, test } from "./fixtures";

// Pages renamed so that one concept has one name keep their old addresses as permanent redirects.
const RENAMED: [string, string][] = [
  ["/review", "/flashcards"],
  ["/review/cards", "/flashcards/browse"],
  ["/review/stats", "/flashcards/stats"],
  ["/review/settings", "/flashcards/settings"],
  ["/admin/questions", "/admin/templates"],
  ["/admin/questions/rope-theta/edit", "/admin/templates/rope-theta/edit"],
  ["/admin/cards/new", "/admin/flashcards/new"],
];

test("old addresses of renamed pages redirect permanently to the new ones", async ({ request }) => {
  for (const [from, to] of RENAMED) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers().location!, "http://localhost").pathname, from).toBe(to);
  }
});
