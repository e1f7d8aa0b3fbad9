import { describe, expect, it } from 'vitest';
import { fieldLabel, valueLabel } from './field-messages.ts';
import { hubText, SENDABLE_TYPES, typeLabel } from './messages.ts';

describe('the hub in French', () => {
  it('labels body fields, coded values and message types', () => {
    expect(fieldLabel('fr', 'nationalNumber')).toBe('Numéro de registre national (11 chiffres)');
    expect(hubText('fr', 'form.optional', { label: fieldLabel('fr', 'creditorClientNumber') })).toBe(
      'Numéro de client chez le créancier (facultatif)',
    );
    expect(hubText('nl', 'form.optional', { label: fieldLabel('nl', 'creditorClientNumber') })).toBe(
      'Klantnummer bij de schuldeiser (optioneel)',
    );
    expect(valueLabel('fr', 'SB')).toBe('Médiation de dettes');
    expect(valueLabel('fr', 'Lies Fictief')).toBe('Lies Fictief');
    expect(typeLabel('fr', 'balance-request')).toBe('Demande de solde');
    expect(typeLabel('fr', 'unknown-type')).toBe('unknown-type');
  });

  it('offers the same sendable types as before, system messages left out', () => {
    expect(SENDABLE_TYPES).toContain('notice');
    expect(SENDABLE_TYPES).toContain('payment-proposal-answer');
    expect(SENDABLE_TYPES).not.toContain('reminder');
    expect(SENDABLE_TYPES).toHaveLength(13);
  });
});
