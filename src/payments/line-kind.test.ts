import { describe, expect, it } from 'vitest';
import { ogmFromBase } from '../kernel/ogm.ts';
import { rfFromBase } from '../kernel/rf-reference.ts';
import { lineKind, planReferenceKey } from './line-kind.ts';
import type { StatementLine } from './statement.ts';

const base: StatementLine = {
  bankRef: 'R1',
  bookingDate: '2026-03-03',
  valueDate: '2026-03-03',
  amount: 1000,
  reversal: false,
  counterpartyName: null,
  counterpartyIban: null,
  structuredRef: null,
  unstructured: null,
};

describe('lineKind', () => {
  const ogm = ogmFromBase('0000123456');
  it('matches credits only; debits are other; a debit marked reversal undoes a credit', () => {
    expect(lineKind({ ...base, structuredRef: { kind: 'ogm', value: ogm } })).toMatchObject({
      kind: 'credit',
      found: { ref: { value: ogm } },
      problem: null,
    });
    expect(lineKind({ ...base, amount: -1000 })).toEqual({ kind: 'other' });
    expect(lineKind({ ...base, amount: -1000, reversal: true })).toEqual({ kind: 'reversal' });
    expect(lineKind({ ...base, reversal: true })).toEqual({ kind: 'other' });
  });
  it('gives a reason when there is no reference or its check digits are wrong', () => {
    const none = lineKind(base);
    expect(none.kind === 'credit' && none.problem?.en).toMatch(/no \(valid\)/);
    const wrong = `${ogm.slice(0, 10)}${ogm.slice(10) === '01' ? '02' : '01'}`;
    const bad = lineKind({
      ...base,
      unstructured: `+++${wrong.slice(0, 3)}/${wrong.slice(3, 7)}/${wrong.slice(7)}+++`,
    });
    expect(bad.kind === 'credit' && bad.found).toBe(null);
    expect(bad.kind === 'credit' && bad.problem?.en).toMatch(/wrong check digits/);
  });
  it('an RF reference built on a plan OGM points at that plan', () => {
    expect(planReferenceKey({ kind: 'rf', value: rfFromBase(ogm) })).toBe(ogm);
    expect(planReferenceKey({ kind: 'rf', value: rfFromBase('EVS2026X1') })).toBe(null);
    expect(planReferenceKey({ kind: 'ogm', value: ogm })).toBe(ogm);
  });
});
