/** "Sliding Window: KV cache!" → "sliding-window-kv-cache" (letters and digits, joined by hyphens). */
export function kebabCase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const MAX_KEY = 60;

/** A template key from a title: kebab-case, at most 60 characters, cut at a hyphen. */
export function keyFromTitle(title: string): string {
  const key = kebabCase(title);
  if (key.length <= MAX_KEY) return key;
  const cut = key.slice(0, MAX_KEY);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_KEY).replace(/-+$/, "");
}

/** `base`, or `base-2`, `base-3`, … — the first not in `taken`, which it is added to. */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
