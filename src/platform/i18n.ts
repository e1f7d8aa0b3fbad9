import type { Lang } from './scope.ts';

/**
 * TRANSITIONAL — to be deleted when every capability speaks through its catalogue (kernel/i18n.ts).
 * A user-facing text written inline in Dutch and English.
 */
export const t = (lang: Lang, nl: string, en: string): string => (lang === 'en' ? en : nl);

/** TRANSITIONAL — narrows to the two languages of code not yet moved to a catalogue. */
export const legacyLang = (lang: Lang): 'nl' | 'en' => (lang === 'en' ? 'en' : 'nl');
