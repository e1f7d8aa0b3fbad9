import { defineCatalogue, type Lang, type MessageParams } from '#kernel/i18n.ts';

/** What the citizen's own plan panel adds to the plan texts (plans/messages.ts). */
export const citizenMessages = defineCatalogue('web.citizen', {
  nl: { nextDue: '{date}: {amount}' },
  fr: { nextDue: '{date} : {amount}' },
  en: { nextDue: '{date}: {amount}' },
});

export type CitizenKey = (typeof citizenMessages.keys)[number];

export function citizenText(lang: Lang, key: CitizenKey, params?: MessageParams): string {
  return citizenMessages.text(lang, key, params);
}
