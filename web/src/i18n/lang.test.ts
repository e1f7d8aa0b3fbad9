import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { formatDate, formatEuro } from './format.ts';
import { translate } from './lang.ts';
import { nl } from './nl.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('messages', () => {
  it('English has exactly the Dutch keys, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'search.resultCount', { count: 3 })).toBe('3 schuldenaar(s) gevonden.');
    expect(translate('en', 'search.resultCount', { count: 1 })).toBe('1 debtor(s) found.');
    expect(translate('en', 'search.resultCount')).toBe('{count} debtor(s) found.');
  });
});

describe('formatting', () => {
  it('shows cents as euros the Belgian and the English way', () => {
    expect(formatEuro(123456, 'nl')).toBe('€ 1.234,56');
    expect(formatEuro(123456, 'en')).toBe('€1,234.56');
    expect(formatEuro(5, 'nl')).toBe('€ 0,05');
  });

  it('shows ISO dates day first and anything else unchanged', () => {
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
  });
});
