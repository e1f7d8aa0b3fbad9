import { describe, expect, it } from 'vitest';
import { ogmFromBase } from '../kernel/ogm.ts';
import { encodeLatin1 } from './coda-writer.ts';
import { generateCamt053, generateCoda } from './generate-statements.ts';
import { extractReference } from './matching.ts';
import { parseStatement } from './parse-statement.ts';

const ogms = Array.from({ length: 37 }, (_, i) => ogmFromBase(String(1000 + i)));

describe('generate-statements', () => {
  const cases = [
    ['coda', encodeLatin1(generateCoda({ lineCount: 2_345, ogms, linesPerStatement: 1_000, seed: 7 }))],
    [
      'camt 02',
      new TextEncoder().encode(
        generateCamt053('02', { lineCount: 2_345, ogms, linesPerStatement: 1_000, seed: 7 }),
      ),
    ],
    [
      'camt 08',
      new TextEncoder().encode(
        generateCamt053('08', { lineCount: 2_345, ogms, linesPerStatement: 1_000, seed: 7 }),
      ),
    ],
  ] as const;

  for (const [name, bytes] of cases) {
    it(`${name}: parses back to every line, balanced, with references where intended`, () => {
      const result = parseStatement(bytes, `${name}.gen`);
      if (!result.ok) throw new Error(result.error.message.en);
      expect(result.value.map((s) => s.lines.length)).toEqual([1_000, 1_000, 345]);
      const all = result.value.flatMap((s) => s.lines);
      expect(new Set(all.map((l) => l.bankRef)).size).toBe(2_345);
      const refs = all.map((l) => extractReference(l));
      const found = refs.filter((r) => r.ok && r.value !== null).length;
      expect(found).toBe(2_345 - Math.floor(2_345 / 25));
      expect(all[19]?.unstructured).toContain('+++');
      expect(all[0]?.structuredRef?.value).toBe(ogms[0]);
    });
  }

  it('is deterministic for a seed', () => {
    expect(generateCoda({ lineCount: 50, ogms, seed: 3 })).toBe(
      generateCoda({ lineCount: 50, ogms, seed: 3 }),
    );
    expect(generateCoda({ lineCount: 50, ogms, seed: 3 })).not.toBe(
      generateCoda({ lineCount: 50, ogms, seed: 4 }),
    );
  });
});
