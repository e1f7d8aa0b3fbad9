import type { Lang } from '../i18n/lang.ts';

/** Names of the default ruleset's local rights; a right of a city's own ruleset is shown by its code in words. */
const RIGHTS: Record<string, { nl: string; en: string }> = {
  sociaal_tarief_kinderopvang: { nl: 'Sociaal tarief kinderopvang', en: 'Social tariff for childcare' },
  korting_schoolmaaltijden: { nl: 'Korting op schoolmaaltijden', en: 'Discount on school meals' },
  gratis_afvalzakken: { nl: 'Tegoed gratis afvalzakken', en: 'Free waste-bag credit' },
};

export function rightLabel(code: string, lang: Lang): string {
  const known = RIGHTS[code];
  if (known) return known[lang];
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
