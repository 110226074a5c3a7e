/** JSON with object keys sorted at every level: equal data always gives equal text (and hash). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

// Plain loops rather than entries/map/filter: an import hashes every template of a file
// (150,000 and more), and the intermediate arrays were most of that cost. A null
// prototype makes a "__proto__" key an ordinary property, as Object.fromEntries would.
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortKeys(value[i]);
    return out;
  }
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    const out: Record<string, unknown> = Object.create(null);
    for (const key of keys) {
      const v = record[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
