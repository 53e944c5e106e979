/** A source of numbers in [0, 1). Seeded ones replay: the same seed gives the same quiz. */
export type Random = () => number;

/** Hashes any string to a 32-bit seed (cyrb53's mixing, truncated). */
export function seedFrom(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** mulberry32: small, fast and good enough to shuffle a quiz. */
export function seededRandom(seed: string | number): Random {
  let a = typeof seed === 'number' ? seed >>> 0 : seedFrom(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed for a quiz without one, kept so the attempt can be replayed or resumed. */
export function randomSeed(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return [...bytes].map((n) => n.toString(36)).join('');
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    // Both indexes are in range (0 ≤ j ≤ i < length), and T itself may include undefined: no check to make.
    [out[i], out[j]] = [out[j], out[i]] as [T, T];
  }
  return out;
}

/** A shuffle that never leaves two or more items in their original order (for order questions). */
export function scrambled<T>(items: readonly T[], random: Random): T[] {
  if (items.length < 2) return [...items];
  for (let tries = 0; tries < 8; tries++) {
    const out = shuffled(items, random);
    if (out.some((item, i) => item !== items[i])) return out;
  }
  return [...items.slice(1), ...items.slice(0, 1)];
}

/** A version 4 UUID (xAPI statement ids must be UUIDs); crypto.randomUUID is missing outside secure contexts. */
export function randomUuid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  // Bytes 6 and 8 of the 16 exist; `?? 0` only satisfies the index type.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
