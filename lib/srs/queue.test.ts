import { describe, expect, it } from "vitest";
import { buildQueue, type QueueCandidate } from "@/lib/srs/queue";

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
});
