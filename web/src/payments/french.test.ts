import { describe, expect, it } from 'vitest';
import { paymentsLabel, paymentsText } from './messages.ts';

describe('the payment pages in French', () => {
  it('counts the queue with a real plural in every language', () => {
    expect(paymentsText('fr', 'queue.count', { count: 1 })).toBe('1 paiement attend une décision.');
    expect(paymentsText('fr', 'queue.count', { count: 2 })).toBe('2 paiements attendent une décision.');
    expect(paymentsText('nl', 'queue.count', { count: 1 })).toBe('1 betaling wacht op een beslissing.');
    expect(paymentsText('en', 'search.count', { count: 2 })).toBe('2 plans found.');
  });

  it('puts the department into its reconciliation line and quotes the French way', () => {
    expect(paymentsLabel('fr', 'kind', 'department', { department: 'KINDEROPVANG' })).toBe(
      'Imputé au service KINDEROPVANG',
    );
    expect(paymentsText('fr', 'search.none', { text: '+++090' })).toBe(
      'Aucun plan en cours trouvé pour « +++090 ».',
    );
  });
});
