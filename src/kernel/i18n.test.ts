import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCatalogue, isLang, LANGS, negotiateLang } from './i18n.ts';

describe('negotiateLang', () => {
  it('takes the highest-weighted language we speak, region subtags ignored', () => {
    expect(negotiateLang('fr-BE,fr;q=0.9,en;q=0.8', 'nl')).toBe('fr');
    expect(negotiateLang('de-DE,en;q=0.5,fr;q=0.7', 'nl')).toBe('fr');
    expect(negotiateLang('en-GB', 'nl')).toBe('en');
    expect(negotiateLang('NL-be', 'en')).toBe('nl');
  });

  it('falls back when nothing we speak is asked for, or only refused (q=0)', () => {
    expect(negotiateLang(undefined, 'nl')).toBe('nl');
    expect(negotiateLang('de, es;q=0.5', 'nl')).toBe('nl');
    expect(negotiateLang('fr;q=0, de', 'en')).toBe('en');
    expect(negotiateLang('*', 'fr')).toBe('fr');
  });

  it('equal weights: the first one listed wins', () => {
    expect(negotiateLang('en, fr', 'nl')).toBe('en');
    expect(negotiateLang('fr;q=0.8, en;q=0.8', 'nl')).toBe('fr');
  });

  it('never throws and always answers one of our languages, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...LANGS), (header, fallback) => {
        expect(isLang(negotiateLang(header, fallback))).toBe(true);
      }),
    );
  });
});

describe('defineCatalogue', () => {
  const catalogue = defineCatalogue('test', {
    nl: { proposals: '{count, plural, one {# voorstel} other {# voorstellen}} voor {name}' },
    fr: { proposals: '{count, plural, one {# proposition} other {# propositions}} pour l’import de {name}' },
    en: { proposals: '{count, plural, one {# proposal} other {# proposals}} for {name}' },
  });

  it('renders real plurals and numbers the language’s way', () => {
    expect(catalogue.text('nl', 'proposals', { count: 1, name: 'Jan' })).toBe('1 voorstel voor Jan');
    expect(catalogue.text('nl', 'proposals', { count: 1234, name: 'Jan' })).toBe(
      '1.234 voorstellen voor Jan',
    );
    expect(catalogue.text('fr', 'proposals', { count: 1, name: 'A' })).toBe(
      '1 proposition pour l’import de A',
    );
    expect(catalogue.text('en', 'proposals', { count: 2, name: 'A' })).toBe('2 proposals for A');
  });

  it('lists its keys', () => {
    expect(catalogue.keys).toEqual(['proposals']);
  });
});
