import type { Lang } from '#kernel/i18n.ts';
import { type EligibilityMessageKey, eligibilityMessages, eligibilityText } from './messages.ts';

/** Names of the default ruleset's local rights; a right of a city's own ruleset is shown by its code in words. */
export function rightLabel(code: string, lang: Lang): string {
  const key = `right.${code}`;
  if ((eligibilityMessages.keys as readonly string[]).includes(key))
    return eligibilityText(lang, key as EligibilityMessageKey);
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
