import type { Lang } from './scope.ts';

/** A user-facing text in the user's language: Dutch by default, English on request. */
export const t = (lang: Lang, nl: string, en: string): string => (lang === 'en' ? en : nl);
