import { isLang, LANGS, type Lang, LOCALE, type MessageParams, negotiateLang } from '#kernel/i18n.ts';
import { appMessages, type MessageKey } from './app-messages.ts';

export type { Lang, MessageKey };
export { LANGS };

/** The value for `<html lang>`: nl-BE, fr-BE or en-GB. */
export const htmlLang: Readonly<Record<Lang, string>> = LOCALE;

const STORAGE_KEY = 'evs.lang';

/** The browser's preferred languages as an Accept-Language header, best first (weights by position). */
function browserPreference(languages: readonly string[]): string {
  return languages.map((tag, i) => `${tag};q=${Math.max(0.1, 1 - i * 0.1).toFixed(1)}`).join(', ');
}

/** The language of the app: the one the person chose, else the browser's best match, else Dutch. */
export function storedLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage can be disabled (private mode, policy): fall back on the browser's languages
  }
  return preferredLang(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/** The best of our languages for the browser's list (`navigator.languages`), Dutch when none fits. */
export function preferredLang(languages: readonly (string | undefined)[]): Lang {
  const tags = languages.filter((l): l is string => typeof l === 'string' && l !== '');
  return negotiateLang(tags.length ? browserPreference(tags) : undefined, 'nl');
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage can be disabled (private mode, policy); the choice then lasts for this page only
  }
}

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return appMessages.text(lang, key, params);
}
