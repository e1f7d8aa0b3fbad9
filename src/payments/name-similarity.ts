/** Similarity of two person names in [0, 1], insensitive to case, accents, punctuation and word order. */

function tokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '')
    .sort();
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function dice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

export function nameSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const whole = dice(ta.join(' '), tb.join(' '));
  // "JAN TESTMANS EN AN VOORBEELD" pays for Jan Testmans: all of one name's words inside the other
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const contained = small.length >= 2 && small.every((t) => large.includes(t)) ? 0.9 : 0;
  return Math.max(whole, contained);
}
