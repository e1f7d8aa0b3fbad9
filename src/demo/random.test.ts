import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, mixSeed } from './random.ts';

const draw = (seed: number, n: number): number[] => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for nearby seeds', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
  });

  it('next() stays in [0, 1) and is roughly uniform', () => {
    const values = draw(7, 20_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    const lowHalf = values.filter((v) => v < 0.5).length / values.length;
    expect(Math.abs(lowHalf - 0.5)).toBeLessThan(0.02);
  });

  it('int(min, max) stays within both inclusive bounds and reaches both', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 5 }),
        (seed, min, span) => {
          const rng = createRandom(seed);
          const seen = new Set<number>();
          for (let i = 0; i < 200; i++) {
            const v = rng.int(min, min + span);
            expect(Number.isInteger(v) && v >= min && v <= min + span).toBe(true);
            seen.add(v);
          }
          expect(seen.size).toBe(span + 1);
        },
      ),
    );
    expect(() => createRandom(1).int(3, 2)).toThrow(RangeError);
  });

  it('weightedIndex follows the weights and never picks a zero weight', () => {
    const rng = createRandom(99);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const picked = rng.weightedIndex([1, 0, 3]);
      counts[picked] = (counts[picked] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.7);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.3);
    expect(() => rng.weightedIndex([0, 0])).toThrow(RangeError);
  });
});

describe('mixSeed', () => {
  it('is deterministic and spreads small inputs', () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    const outputs = new Set(Array.from({ length: 1000 }, (_, i) => mixSeed(5, i)));
    expect(outputs.size).toBe(1000);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });
});
