import { en } from './en.ts';
import { type MessageKey, nl } from './nl.ts';

export type Lang = 'nl' | 'en';
export type { MessageKey };

export const messages: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** The value for `<html lang>`. */
export const htmlLang: Record<Lang, string> = { nl: 'nl-BE', en: 'en' };

const STORAGE_KEY = 'evs.lang';

export function storedLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage can be disabled (private mode, policy); the choice then lasts for this page only
  }
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = messages[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
