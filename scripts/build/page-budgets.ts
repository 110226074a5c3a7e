/**
 * First-load JavaScript budgets per page (gzip, KB): what a browser downloads before the page can
 * respond, measured from the production build. A page over its budget fails the build check
 * (`scripts/build/check-page-budgets.ts`, run after `next build` in `npm run test:e2e`). Budgets go
 * down as pages get lighter; raise one only with a reason written beside it.
 */
export const DEFAULT_BUDGET_KB = 160;

export const PAGE_BUDGETS_KB: Record<string, number> = {
  // The pages students spend their time on: Markdown and math arrive rendered from the server
  // (lib/markdown), the header ships no sign-in library, and the finish summary loads after the page.
  "/flashcards": 150,
  "/flashcards/custom": 150,
  "/attempts/[attemptId]": 150,
  // Card browser and own-deck pages still render Markdown and KaTeX in the browser (previews, search results).
  "/flashcards/browse": 285,
  "/flashcards/decks/[deckId]": 290,
  "/flashcards/decks/[deckId]/notes/[noteId]": 290,
  // Charts.
  "/flashcards/stats": 285,
  "/progress": 285,
  // Authoring: editors with live previews and drag-and-drop.
  "/admin/templates/[key]/edit": 300,
  "/admin/templates/new": 300,
  "/admin/flashcards/[key]/edit": 290,
  "/admin/flashcards/new": 290,
  "/admin/quizzes/[quizId]": 180,
  "/admin/quizzes/new": 180,
  // The lab's model runs in a Web Worker, outside the page's first load.
  "/topics/[slug]": 160,
};

export type RouteStats = { route: string; firstLoadChunkPaths: string[] };
export type RouteWeight = { route: string; kb: number; budgetKb: number; over: boolean; chunks: { path: string; kb: number }[] };

/** Each route's first-load weight against its budget, heaviest first; `gzipKb` gives a chunk's size. */
export function weighRoutes(stats: readonly RouteStats[], gzipKb: (path: string) => number, budgets: Record<string, number> = PAGE_BUDGETS_KB, fallback = DEFAULT_BUDGET_KB): RouteWeight[] {
  return stats
    .map((s) => {
      const chunks = s.firstLoadChunkPaths.map((path) => ({ path, kb: gzipKb(path) })).sort((a, b) => b.kb - a.kb);
      const kb = chunks.reduce((sum, c) => sum + c.kb, 0);
      const budgetKb = budgets[s.route] ?? fallback;
      return { route: s.route, kb, budgetKb, over: kb > budgetKb, chunks };
    })
    .sort((a, b) => b.kb - a.kb);
}
