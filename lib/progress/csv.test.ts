import { describe, expect, it } from "vitest";
import { csvField, csvRow, csvStream } from "./csv";

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, so the test can see it was written.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("csv", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvRow(["Ada", 'She said "hi"', "a,b", "two\nlines", 0.5, null])).toBe('Ada,"She said ""hi""","a,b","two\nlines",0.5,\r\n');
  });

  it("defuses spreadsheet formulas in text but keeps negative numbers", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@sum")).toBe("'@sum");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("streams a BOM, the header and every row from an async source", async () => {
    async function* rows() {
      yield ["Ana", 1];
      yield ["Ben", 0.25];
    }
    expect(await text(csvStream(["member", "score"], rows()))).toBe("\uFEFFmember,score\r\nAna,1\r\nBen,0.25\r\n");
    expect(await text(csvStream(["only"], []))).toBe("\uFEFFonly\r\n");
  });
});
