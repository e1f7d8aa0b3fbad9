import { describe, expect, it } from 'vitest';
import { formatEuro } from '#kernel/money.ts';
import { reportsText } from './messages.ts';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('the reports in French', () => {
  it('says where the people reached come from, people eligible as a real plural', () => {
    const params = { version: '1', date: '2026-11-24', open: formatEuro(123456, 'fr') };
    expect(plain(reportsText('fr', 'bc.used.version', { ...params, eligible: 1 }))).toBe(
      'simulation du jeu de règles version 1 au 2026-11-24 : 1 personne admissible, 1 234,56 € ouverts',
    );
    expect(reportsText('nl', 'bc.used.version', { ...params, open: '€ 1.234,56', eligible: 7 })).toBe(
      'what-if van regelset versie 1 op 2026-11-24: 7 personen in aanmerking, € 1.234,56 open',
    );
    expect(plain(reportsText('fr', 'chart.euroTick', { amount: '1 000' }))).toBe('1 000 €');
  });
});
