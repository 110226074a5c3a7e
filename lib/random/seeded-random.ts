/** FNV-1a: a stable 32-bit hash of a string (template keys → permutation constants). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator: the same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** (a·b) mod n without leaving the exact range of doubles (a, b < n < 2^31). */
function mulMod(a: number, b: number, n: number): number {
  const hi = Math.floor(b / 65536);
  const lo = b % 65536;
  return (((a * hi) % n) * 65536 + a * lo) % n;
}

export const MAX_PERMUTED_SPACE = 2 ** 31;

/**
 * A bijection of [0, n) keyed by `key`: k ↦ (a·k + c) mod n with gcd(a, n) = 1.
 * Consecutive seeds therefore visit distinct points until all n are used.
 */
export function affinePermutation(n: number, key: number): (k: number) => number {
  if (n <= 1) return () => 0;
  let a = (key % (n - 1)) + 1;
  while (gcd(a, n) !== 1) a = (a % (n - 1)) + 1;
  const c = hash32(String(key)) % n;
  return (k) => (mulMod(a, k % n, n) + c) % n;
}
