import { describe, expect, it } from "vitest";
import { buildQueue, buildQueueLoadingNew, newCandidatePage, newCardsLeft, type QueueCandidate } from "@/lib/flashcards/queue";
import { mulberry32 } from "@/lib/random/seeded-random";

const dayStart = new Date("2026-03-10T05:00:00Z");
const nextDayStart = new Date("2026-03-11T05:00:00Z");
const now = new Date("2026-03-10T12:00:00Z");
const at = (iso: string) => new Date(`2026-03-${iso}Z`);

function card(id: string, over: Partial<QueueCandidate> = {}): QueueCandidate {
  return { id, siblingKey: id, state: "review", due: at("09T00:00:00"), lastReview: null, suspended: false, buriedUntil: null, ...over };
}

const base = { now, dayStart, nextDayStart, newCardsPerDay: 20, newIntroducedToday: 0 };

describe("buildQueue", () => {
  it("orders due learning, then due reviews, then new cards", () => {
    const cards = [
      card("new1", { state: "new", due: at("01T00:00:00") }),
      card("rev2", { due: at("10T08:00:00") }),
      card("learn2", { state: "relearning", due: at("10T11:50:00"), lastReview: at("10T11:40:00") }),
      card("rev1", { due: at("08T08:00:00") }),
      card("learn1", { state: "learning", due: at("10T11:00:00"), lastReview: at("10T10:59:00") }),
      card("new0", { state: "new", due: at("01T00:00:00") }),
    ];
    const { queue, bury } = buildQueue({ ...base, cards });
    expect(queue.map((q) => q.id)).toEqual(["learn1", "learn2", "rev1", "rev2", "new0", "new1"]);
    expect(queue.map((q) => q.kind)).toEqual(["learning", "learning", "review", "review", "new", "new"]);
    expect(bury).toEqual([]);
  });

  it("studies a learning step due within the learn-ahead limit last, once nothing else is left", () => {
    const cards = [
      card("learnSoon", { state: "learning", due: at("10T12:10:00"), lastReview: at("10T12:09:00") }),
      card("relearnSooner", { state: "relearning", due: at("10T12:05:00"), lastReview: at("10T12:04:00") }),
      card("learnLate", { state: "learning", due: at("10T12:45:00"), lastReview: at("10T12:35:00") }),
      card("rev", { due: at("10T08:00:00") }),
      card("new0", { state: "new", due: at("01T00:00:00") }),
    ];
    const learnAheadUntil = new Date(base.now.getTime() + 20 * 60_000);
    const { queue } = buildQueue({ ...base, cards, learnAheadUntil });
    expect(queue).toEqual([
      { id: "rev", kind: "review" },
      { id: "new0", kind: "new" },
      { id: "relearnSooner", kind: "learning" },
      { id: "learnSoon", kind: "learning" },
    ]);
    // Alone, a card rated Again a minute ago is next, not gone until a reload.
    expect(buildQueue({ ...base, cards: [cards[0]!], learnAheadUntil }).queue).toEqual([{ id: "learnSoon", kind: "learning" }]);
  });

  it("includes reviews due later today but not learning cards due later", () => {
    const cards = [card("revLater", { due: at("10T22:00:00") }), card("revTomorrow", { due: at("11T06:00:00") }), card("learnLater", { state: "learning", due: at("10T12:10:00") })];
    expect(buildQueue({ ...base, cards }).queue.map((q) => q.id)).toEqual(["revLater"]);
  });

  it("excludes suspended and still-buried cards, but not expired burials", () => {
    const cards = [card("s", { suspended: true }), card("b", { buriedUntil: nextDayStart }), card("old", { buriedUntil: dayStart })];
    expect(buildQueue({ ...base, cards }).queue.map((q) => q.id)).toEqual(["old"]);
  });

  it("limits new cards to what is left of today's allowance", () => {
    const cards = Array.from({ length: 10 }, (_, i) => card(`n${i}`, { state: "new", due: new Date(Date.UTC(2026, 2, 1, 0, i)) }));
    expect(buildQueue({ ...base, cards, newCardsPerDay: 5, newIntroducedToday: 2 }).queue.map((q) => q.id)).toEqual(["n0", "n1", "n2"]);
    expect(buildQueue({ ...base, cards, newCardsPerDay: 5, newIntroducedToday: 7 }).queue).toEqual([]);
    expect(buildQueue({ ...base, cards, newCardsPerDay: 0, newIntroducedToday: 0 }).queue).toEqual([]);
  });

  it("buries siblings of a card already queued until tomorrow", () => {
    const cards = [
      card("a1", { siblingKey: "note-a", due: at("08T00:00:00") }),
      card("a2", { siblingKey: "note-a", due: at("09T00:00:00") }),
      card("a3", { siblingKey: "note-a", state: "new" }),
      card("b1", { siblingKey: "note-b", state: "new" }),
    ];
    const { queue, bury } = buildQueue({ ...base, cards });
    expect(queue.map((q) => q.id)).toEqual(["a1", "b1"]);
    expect(bury).toEqual([
      { id: "a2", until: nextDayStart },
      { id: "a3", until: nextDayStart },
    ]);
  });

  it("keeps each deck to its own limits and the account to its total, leaving the rest due (not buried)", () => {
    const cards = [
      card("a-rev1", { deck: "d:a", due: at("08T00:00:00") }),
      card("a-rev2", { deck: "d:a", due: at("08T01:00:00") }),
      card("b-rev1", { deck: "d:b", due: at("08T02:00:00") }),
      card("a-new1", { deck: "d:a", state: "new", due: at("01T00:00:00") }),
      card("a-new2", { deck: "d:a", state: "new", due: at("01T00:00:01") }),
      card("b-new1", { deck: "d:b", state: "new", due: at("01T00:00:02") }),
      card("b-new2", { deck: "d:b", state: "new", due: at("01T00:00:03") }),
    ];
    const deckAllowances = new Map([
      ["d:a", { newLeft: 1, reviewsLeft: 1 }],
      ["d:b", { newLeft: 5, reviewsLeft: 5 }],
    ]);
    const { queue, bury } = buildQueue({ ...base, cards, deckAllowances });
    expect(queue.map((q) => q.id)).toEqual(["a-rev1", "b-rev1", "a-new1", "b-new1", "b-new2"]);
    expect(bury).toEqual([]);
    // The account's totals still cap the day across decks.
    const capped = buildQueue({ ...base, cards, deckAllowances, reviewsLeft: 1, newCardsPerDay: 2 });
    expect(capped.queue.map((q) => q.id)).toEqual(["a-rev1", "a-new1", "b-new1"]);
  });

  it("keeps siblings together when burying siblings is turned off", () => {
    const cards = [
      card("a1", { siblingKey: "note-a", due: at("08T00:00:00") }),
      card("a2", { siblingKey: "note-a", due: at("09T00:00:00") }),
      card("a3", { siblingKey: "note-a", state: "new" }),
      card("done", { siblingKey: "note-b", due: at("15T00:00:00"), lastReview: at("10T07:00:00") }),
      card("b2", { siblingKey: "note-b" }),
    ];
    const { queue, bury } = buildQueue({ ...base, cards, burySiblings: false });
    expect(queue.map((q) => q.id)).toEqual(["a1", "a2", "b2", "a3"]);
    expect(bury).toEqual([]);
  });

  it("buries siblings of a card reviewed today, even if that card is done for the day", () => {
    const cards = [
      card("done", { siblingKey: "note", due: at("15T00:00:00"), lastReview: at("10T07:00:00") }),
      card("sib", { siblingKey: "note" }),
      card("yesterday", { siblingKey: "other", due: at("20T00:00:00"), lastReview: at("10T04:00:00") }),
      card("free", { siblingKey: "other" }),
    ];
    const { queue, bury } = buildQueue({ ...base, cards });
    expect(queue.map((q) => q.id)).toEqual(["free"]);
    expect(bury).toEqual([{ id: "sib", until: nextDayStart }]);
  });

  it("never buries a learning card and a buried new card does not use the allowance", () => {
    const cards = [
      card("l1", { siblingKey: "n", state: "learning", due: at("10T11:00:00") }),
      card("l2", { siblingKey: "n", state: "relearning", due: at("10T11:30:00") }),
      card("x", { siblingKey: "n", state: "new", due: at("01T00:00:00") }),
      card("y", { siblingKey: "m", state: "new", due: at("02T00:00:00") }),
    ];
    const { queue, bury } = buildQueue({ ...base, cards, newCardsPerDay: 1 });
    expect(queue.map((q) => q.id)).toEqual(["l1", "l2", "y"]);
    expect(bury.map((b) => b.id)).toEqual(["x"]);
  });

  it("buries siblings of cards reviewed today that the caller didn't load", () => {
    const cards = [card("sib", { siblingKey: "note" }), card("new", { siblingKey: "other", state: "new" })];
    const { queue, bury } = buildQueue({ ...base, cards, reviewedTodayKeys: ["note", "other"] });
    expect(queue).toEqual([]);
    expect(bury.map((b) => b.id)).toEqual(["sib", "new"]);
  });
});

describe("newCardsLeft and newCandidatePage", () => {
  it("never go below zero and load nothing when nothing is left", () => {
    expect(newCardsLeft(20, 5)).toBe(15);
    expect(newCardsLeft(20, 25)).toBe(0);
    expect(newCandidatePage(0)).toBe(0);
    expect(newCandidatePage(10)).toBeGreaterThan(10);
  });
});

/** A random deck with states, sibling groups, suspensions, burials and reviews today around `now`. */
function randomDeck(seed: number, size: number): QueueCandidate[] {
  const r = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const hour = 3_600_000;
  return Array.from({ length: size }, (_, i) => {
    const state = pick(["new", "new", "new", "learning", "relearning", "review", "review"] as const);
    const due = new Date(now.getTime() + Math.round((r() - 0.6) * 72 * hour));
    const reviewedToday = state !== "new" && r() < 0.2;
    const lastReview = state === "new" ? null : new Date(reviewedToday ? dayStart.getTime() + r() * (now.getTime() - dayStart.getTime()) : dayStart.getTime() - r() * 200 * hour);
    return {
      id: `c${String(i).padStart(4, "0")}`,
      siblingKey: `note${Math.floor(r() * size * 0.4)}`,
      state,
      due,
      lastReview,
      suspended: r() < 0.05,
      buriedUntil: r() < 0.05 ? (r() < 0.5 ? nextDayStart : dayStart) : null,
    };
  });
}

/** What the data layer loads: due cards, keys reviewed today, and a loader over the available new cards. */
function split(cards: QueueCandidate[]) {
  const available = (c: QueueCandidate) => !c.suspended && !(c.buriedUntil && c.buriedUntil > now);
  const due = cards.filter(
    (c) => available(c) && (((c.state === "learning" || c.state === "relearning") && c.due <= now) || (c.state === "review" && c.due < nextDayStart)),
  );
  const reviewedTodayKeys = cards.filter((c) => c.lastReview && c.lastReview >= dayStart).map((c) => c.siblingKey);
  const fresh = cards.filter((c) => available(c) && c.state === "new").sort((a, b) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : 1));
  const loads: number[] = [];
  const loadNew = async (after: Pick<QueueCandidate, "due" | "id"> | null, limit: number) => {
    const from = after ? fresh.findIndex((c) => c.id === after.id) + 1 : 0;
    const page = fresh.slice(from, from + limit);
    loads.push(page.length);
    return page;
  };
  return { due, reviewedTodayKeys, loadNew, loads, freshCount: fresh.length };
}

describe("buildQueueLoadingNew with per-deck limits", () => {
  it("stops reading new cards once every deck's allowance is used, however many the account allows", async () => {
    const fresh = Array.from({ length: 200 }, (_, i) => card(`n${String(i).padStart(3, "0")}`, { deck: "d:a", state: "new", due: new Date(at("01T00:00:00").getTime() + i) }));
    let read = 0;
    const { queue } = await buildQueueLoadingNew(
      { ...base, cards: [], newCardsPerDay: 100, deckAllowances: new Map([["d:a", { newLeft: 3, reviewsLeft: 0 }]]) },
      async (after, limit) => {
        const start = after ? fresh.findIndex((c) => c.id === after.id) + 1 : 0;
        const page = fresh.slice(start, start + limit);
        read += page.length;
        return page;
      },
    );
    expect(queue.map((q) => q.id)).toEqual(["n000", "n001", "n002"]);
    expect(read).toBeLessThan(50);
  });
});

describe("buildQueueLoadingNew", () => {
  it("gives the same queue and burials as buildQueue over every card", async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const cards = randomDeck(seed, 20 + (seed % 7) * 30);
      const newCardsPerDay = [0, 1, 5, 20, 1000][seed % 5]!;
      const newIntroducedToday = seed % 3;
      const expected = buildQueue({ ...base, cards, newCardsPerDay, newIntroducedToday });
      const { due, reviewedTodayKeys, loadNew } = split(cards);
      const actual = await buildQueueLoadingNew({ ...base, cards: due, reviewedTodayKeys, newCardsPerDay, newIntroducedToday }, loadNew);
      expect(actual, `seed ${seed}`).toEqual(expected);
    }
  });

  it("loads one page when no new card is buried, and nothing when the limit is reached", async () => {
    const cards = Array.from({ length: 500 }, (_, i) => card(`n${String(i).padStart(3, "0")}`, { state: "new", due: new Date(Date.UTC(2026, 2, 1, 0, i)) }));
    const one = split(cards);
    const { queue } = await buildQueueLoadingNew({ ...base, cards: one.due, reviewedTodayKeys: [], newCardsPerDay: 10, newIntroducedToday: 0 }, one.loadNew);
    expect(queue).toHaveLength(10);
    expect(one.loads).toEqual([newCandidatePage(10)]);

    const none = split(cards);
    expect((await buildQueueLoadingNew({ ...base, cards: none.due, newCardsPerDay: 10, newIntroducedToday: 10 }, none.loadNew)).queue).toEqual([]);
    expect(none.loads).toEqual([]);
  });

  it("loads further pages when more siblings are buried than the first page covers", async () => {
    // 100 cloze cards of one note come first: one is queued, the other 99 are buried.
    const cards = Array.from({ length: 300 }, (_, i) =>
      card(`n${String(i).padStart(3, "0")}`, { state: "new", siblingKey: i < 100 ? "big-note" : `note${i}`, due: new Date(Date.UTC(2026, 2, 1, 0, i)) }),
    );
    const paged = split(cards);
    const actual = await buildQueueLoadingNew({ ...base, cards: paged.due, newCardsPerDay: 5, newIntroducedToday: 0 }, paged.loadNew);
    expect(actual).toEqual(buildQueue({ ...base, cards, newCardsPerDay: 5 }));
    expect(actual.queue.map((q) => q.id)).toEqual(["n000", "n100", "n101", "n102", "n103"]);
    expect(actual.bury).toHaveLength(99);
    expect(paged.loads.length).toBeGreaterThan(1);
  });
});
