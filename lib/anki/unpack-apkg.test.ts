import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ApkgFormatError } from "./apkg-types";
import { unpackZip } from "./unpack-apkg";

const WANTED = new Set(["collection.anki2", "media"]);

/** Where a zip's central directory starts: everything before it is the local entries. */
function localEntriesEnd(zip: Uint8Array): number {
  for (let i = 0; i + 3 < zip.length; i++) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) return i;
  return zip.length;
}

describe("unpacking a package", () => {
  it("unpacks the named files and skips the rest", () => {
    const zip = zipSync({ "collection.anki2": strToU8("collection"), media: strToU8("{}"), 0: new Uint8Array(1000) });
    const { files, seen } = unpackZip(zip, WANTED, 1_000_000, "too large");
    expect([...files.keys()].sort()).toEqual(["collection.anki2", "media"]);
    expect(new TextDecoder().decode(files.get("collection.anki2"))).toBe("collection");
    expect([...seen].sort()).toEqual(["0", "collection.anki2", "media"]);
  });

  it("counts what it unpacks instead of trusting the sizes the zip claims, and stops at the limit", () => {
    // 5 MB of zeros compress to a few KB: a small upload that unpacks large.
    const zip = zipSync({ "collection.anki2": new Uint8Array(5 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(20_000);
    expect(() => unpackZip(zip, WANTED, 1024 * 1024, "The collection is over the limit.")).toThrow(new ApkgFormatError("The collection is over the limit."));
    // Within the limit it unpacks whole.
    expect(unpackZip(zip, WANTED, 6 * 1024 * 1024, "x").files.get("collection.anki2")?.length).toBe(5 * 1024 * 1024);
  });

  it("refuses a name listed twice, and an entry cut short", () => {
    const one = zipSync({ "collection.anki2": strToU8("one") });
    const two = zipSync({ "collection.anki2": strToU8("two") });
    const twice = new Uint8Array([...one.subarray(0, localEntriesEnd(one)), ...two]);
    expect(() => unpackZip(twice, WANTED, 1_000_000, "x")).toThrow(/lists a file twice/);
    const big = zipSync({ "collection.anki2": strToU8("x".repeat(50_000)) }, { level: 0 });
    expect(() => unpackZip(big.subarray(0, 20_000), WANTED, 1_000_000, "x")).toThrow(ApkgFormatError);
  });

  it("finds nothing in what isn't a zip", () => {
    expect(unpackZip(strToU8("not a zip"), WANTED, 1_000_000, "x").files.size).toBe(0);
  });
});
