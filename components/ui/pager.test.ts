import { describe, expect, it } from "vitest";
import { pagedHref } from "./pager";

describe("pagedHref", () => {
  it("keeps the filters that are set and drops empty ones", () => {
    expect(pagedHref("/admin/flashcards", { topic: "rope", kind: "", q: undefined }, 3)).toBe("/admin/flashcards?topic=rope&page=3");
    expect(pagedHref("/admin/users", { q: "ada lovelace" }, 1)).toBe("/admin/users?q=ada+lovelace&page=1");
  });
});
