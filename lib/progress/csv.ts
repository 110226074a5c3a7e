/**
 * CSV for the progress exports (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled). Spreadsheets run a cell starting with = + - @ (or
 * a tab/CR) as a formula, so such text cells get a leading apostrophe: a member named
 * "=HYPERLINK(…)" must not become a link in the lead's spreadsheet. Numbers are written as is.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * Streams a header and rows as UTF-8 CSV (with a byte-order mark, so Excel reads accents right).
 * Rows come from an async iterable, so a large export is written as it is read, never held whole.
 */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly CsvValue[]> | Iterable<readonly CsvValue[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<readonly CsvValue[]> | Iterator<readonly CsvValue[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvRow(header)}`));
      iterator = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
    },
    async pull(controller) {
      const next = await iterator!.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRow(next.value)));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}
