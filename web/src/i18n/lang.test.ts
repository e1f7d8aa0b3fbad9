import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount, formatDate, formatEuro } from './format.ts';
import { htmlLang, preferredLang, storedLang, storeLang, translate } from './lang.ts';

describe('messages', () => {
  it('speaks Dutch, French and English with real plurals', () => {
    expect(translate('nl', 'search.resultCount', { count: 3 })).toBe('3 schuldenaars gevonden.');
    expect(translate('nl', 'search.resultCount', { count: 1 })).toBe('1 schuldenaar gevonden.');
    expect(translate('fr', 'search.resultCount', { count: 1 })).toBe('1 débiteur trouvé.');
    expect(translate('fr', 'search.resultCount', { count: 2 })).toBe('2 débiteurs trouvés.');
    expect(translate('en', 'search.resultCount', { count: 1 })).toBe('1 debtor found.');
    expect(translate('fr', 'import.resultPartial', { count: 3 })).toBe(
      'Lignes correctes importées ; 3 lignes refusées.',
    );
    expect(translate('fr', 'overview.sortBy', { column: 'Échéance' })).toBe('Trier par Échéance');
  });
});

describe('language choice', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('picks the best of nl, fr, en from the browser’s languages, Dutch when none fits', () => {
    expect(preferredLang(['fr-BE', 'nl-BE', 'en'])).toBe('fr');
    expect(preferredLang(['de-DE', 'en-US'])).toBe('en');
    expect(preferredLang(['nl', 'fr'])).toBe('nl');
    expect(preferredLang(['de-DE'])).toBe('nl');
    expect(preferredLang([])).toBe('nl');
  });

  it('prefers the stored choice (fr accepted) over the browser', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
      },
    });
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    expect(storedLang()).toBe('en');
    storeLang('fr');
    expect(storedLang()).toBe('fr');
    store.set('evs.lang', 'de');
    expect(storedLang()).toBe('en');
  });

  it('marks the page with the Belgian and British tags', () => {
    expect(htmlLang).toEqual({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' });
  });
});

describe('formatting', () => {
  it('shows cents as euros the Belgian Dutch, Belgian French and English way', () => {
    expect(formatEuro(123456, 'nl')).toBe('€ 1.234,56');
    expect(formatEuro(123456, 'fr')).toMatch(/^1[\u00a0\u202f]234,56[\u00a0\u202f]€$/);
    expect(formatEuro(123456, 'en')).toBe('€1,234.56');
    expect(formatEuro(5, 'nl')).toBe('€ 0,05');
  });

  it('groups counts the language’s way', () => {
    expect(formatCount(1234, 'nl')).toBe('1.234');
    expect(formatCount(1234, 'fr')).toMatch(/^1[\u00a0\u202f]234$/);
    expect(formatCount(1234, 'en')).toBe('1,234');
  });

  it('shows ISO dates day first and anything else unchanged', () => {
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
  });
});
