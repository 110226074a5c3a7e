import { Card } from "@/components/ui/card";
import type { ReviewStats } from "@/lib/server/data/flashcards/get-review-stats";
import { pluralize } from "@/lib/format/display";
import { StatsTable } from "./chart-figure";
import { StatsBarChart } from "./stats-bar-chart";

const STATES = [
  { key: "new", label: "New", fill: "#94a3b8" },
  { key: "learning", label: "Learning", fill: "#d97706" },
  { key: "review", label: "Review", fill: "#059669" },
  { key: "relearning", label: "Relearning", fill: "#dc2626" },
] as const;

/** Where the cards of the student's decks are in the FSRS cycle. */
export function CardStatesSection({ cards }: { cards: ReviewStats["cards"] }) {
  const rows = STATES.map((s) => ({ label: s.label, value: cards[s.key], fill: s.fill }));
  return (
    <Card>
      <h2 className="text-lg font-semibold">Cards by state</h2>
      <p className="mb-4 text-sm text-slate-600">{pluralize(cards.total, "card")} in the decks you study. Suspended cards keep their state and are counted in it too.</p>
      <div className="grid items-start gap-6 md:grid-cols-[3fr_2fr]">
        <figure aria-label={`Bar chart of cards by state: ${rows.map((r) => `${r.label} ${r.value}`).join(", ")}`} className="min-w-0">
          <StatsBarChart rows={rows} valueName="cards" height={180} />
          <figcaption className="sr-only">The same numbers are in the table next to the chart.</figcaption>
        </figure>
        <StatsTable
          caption="Cards by state"
          columns={["State", "Cards"]}
          rows={[
            ...rows.map((r) => [r.label, r.value]),
            ["Suspended", cards.suspended],
            ["Leeches", cards.leeches],
            ["Total", cards.total],
          ]}
        />
      </div>
    </Card>
  );
}
