import type { Failure } from '../platform/errors.ts';
import { failure } from '../platform/errors.ts';
import { t } from '../platform/i18n.ts';
import type { Lang } from '../platform/scope.ts';

/** Hub failures that several services share, in Dutch and English. */
export const unknownMessage = (lang: Lang): Failure =>
  failure(
    'not_found',
    'hub_unknown_message',
    t(lang, 'Dit bericht is niet gekend.', 'This message is not known.'),
  );

export const notAParticipant = (lang: Lang): Failure =>
  failure(
    'forbidden',
    'hub_not_a_participant',
    t(
      lang,
      'Uw organisatie of dienst staat niet (actief) in het adresboek van de hub.',
      'Your organisation or department is not (active) in the hub address book.',
    ),
  );

export const unknownParticipant = (lang: Lang, code: string): Failure =>
  failure(
    'invalid',
    'hub_unknown_participant',
    t(lang, `${code} staat niet (actief) in het adresboek.`, `${code} is not (active) in the address book.`),
  );

export const rateLimited = (lang: Lang, perHour: number): Failure =>
  failure(
    'conflict',
    'hub_rate_limited',
    t(
      lang,
      `Uw organisatie mag hoogstens ${perHour} berichten per uur versturen; probeer later opnieuw.`,
      `Your organisation may send at most ${perHour} messages per hour; try again later.`,
    ),
  );

export const missingKey = (lang: Lang): Failure =>
  failure(
    'conflict',
    'hub_key_missing',
    t(
      lang,
      'Er is geen sleutel voor berichten van deze organisatie ingesteld (EVS_HUB_KEYS).',
      'No message key is configured for this organisation (EVS_HUB_KEYS).',
    ),
  );
