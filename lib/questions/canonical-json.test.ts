import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("ignores key order and undefined fields, keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe("canonicalJson of awkward keys", () => {
  it("keeps a __proto__ key as data and orders integer-like keys as JSON.stringify does", () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"b":[{"z":1,"y":null}],"10":1,"2":2}');
    expect(canonicalJson(parsed)).toBe('{"2":2,"10":1,"__proto__":{"x":1},"b":[{"y":null,"z":1}]}');
  });
});
