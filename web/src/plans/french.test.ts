import { describe, expect, it } from 'vitest';
import { milestoneLabel } from '#kernel/milestones.ts';
import { formatEuro } from '#kernel/money.ts';
import { plansLabel, plansText } from './messages.ts';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('the plan pages in French', () => {
  it('says the chosen option in French, months as a plural in Dutch', () => {
    const fit = plansLabel('fr', 'fit', 'affordable');
    expect(
      plain(plansText('fr', 'options.chosen', { monthly: formatEuro(5000, 'fr'), months: 12, fit })),
    ).toBe('Choisi : 50,00 € par mois pendant 12 mois (supportable).');
    expect(
      plansText('nl', 'options.chosen', { monthly: formatEuro(5000, 'nl'), months: 1, fit: 'haalbaar' }),
    ).toBe('Gekozen: € 50,00 per maand gedurende 1 maand (haalbaar).');
  });

  it('names statuses and milestones, and keeps an unknown value as it is', () => {
    expect(plansLabel('fr', 'status', 'active')).toBe('En cours');
    expect(milestoneLabel('plan_agreed', 'fr')).toBe('Plan convenu');
    expect(milestoneLabel('plan_agreed', 'nl')).toBe('Plan afgesproken');
    expect(plansLabel('fr', 'status', 'something_new')).toBe('something_new');
  });
});
