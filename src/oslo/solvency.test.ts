import { describe, expect, it } from 'vitest';
import type { Fact } from '../kernel/eligibility/facts.ts';
import { debtorFileDocument } from './export-document.ts';
import { validateDocument } from './io-rdf.ts';
import { solvencyOf } from './solvency.ts';

const u = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const open = (from: string, to: string | null = null) => ({ from, to });
const facts: { id: string; fact: Fact }[] = [
  {
    id: u(1),
    fact: {
      kind: 'income',
      type: 'vervangingsinkomen',
      amount: 30_000,
      periodicity: 'week',
      period: open('2026-01-01'),
      source: 'RSZ',
    },
  },
  {
    id: u(2),
    fact: {
      kind: 'social_status',
      code: 'leefloon',
      applies: false,
      period: open('2026-01-01'),
      source: 'MAGDA',
    },
  },
  {
    id: u(3),
    fact: {
      kind: 'legal_status',
      code: 'budgetbeheer',
      applies: true,
      period: open('2025-01-01', '2026-03-31'),
      source: 'OCMW',
    },
  },
  {
    id: u(4),
    fact: {
      kind: 'credit_default',
      amount: 250_000,
      lender: 'Bank',
      since: '2025-06-01',
      period: open('2025-06-01'),
      source: 'CKP',
    },
  },
  {
    id: u(5),
    fact: { kind: 'household', size: 2, adults: 1, children: 1, period: open('2020-01-01'), source: 'RR' },
  },
];
const decision = { id: u(9), profile: 'Onvermogend', since: '2026-02-01', evaluatedOn: '2026-02-15' };

describe('solvency from eligibility facts and decisions', () => {
  it('takes the facts valid on the decision date, drops statuses that do not apply and kinds OSLO lacks', () => {
    const s = solvencyOf(decision, facts, '2026-11-24');
    expect(s?.profile).toEqual({ id: u(9), type: 'Onvermogend', startDate: '2026-02-01', endDate: null });
    expect(s?.indicators.map((i) => [i.id, i.kind])).toEqual([
      [u(1), 'Inkomst'],
      [u(3), 'JuridischStatuut'],
      [u(4), 'Krediet'],
    ]);
    // 300 euro a week is 1300 euro a month.
    expect(s?.indicators[0]).toMatchObject({ amount: 130_000, periodicity: 'maandelijks' });
    expect(s?.indicators[2]).toMatchObject({ amount: 250_000, defaulted: true });
  });

  it('without a decision: the facts valid today, no profile; nothing at all gives no solvency', () => {
    const s = solvencyOf(null, facts, '2026-11-24');
    expect(s?.profile).toBeNull();
    expect(s?.indicators.map((i) => i.id)).toEqual([u(1), u(4)]);
    expect(solvencyOf(null, [], '2026-11-24')).toBeNull();
  });

  it('exports without SHACL violations', async () => {
    const doc = debtorFileDocument(
      {
        organisation: { id: u(90), name: 'Gemeente Test' },
        person: { id: u(91), name: 'Jan Testmans', identifier: { kind: 'be', value: '85073099734' } },
        claims: [],
        plans: [],
        payments: [],
        solvency: solvencyOf(decision, facts, '2026-11-24'),
      },
      '2026-11-24',
    );
    expect(await validateDocument(doc)).toEqual([]);
  });
});
