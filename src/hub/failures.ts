import type { Failure } from '../platform/errors.ts';
import { failure } from '../platform/errors.ts';
import type { Lang } from '../platform/scope.ts';
import { hubMessages } from './hub-messages.ts';

/** Hub failures that several services share, in Dutch, French and English. */
export const unknownMessage = (lang: Lang): Failure =>
  failure('not_found', 'hub_unknown_message', hubMessages.text(lang, 'unknownMessage'));

export const notAParticipant = (lang: Lang): Failure =>
  failure('forbidden', 'hub_not_a_participant', hubMessages.text(lang, 'notAParticipant'));

export const unknownParticipant = (lang: Lang, code: string): Failure =>
  failure('invalid', 'hub_unknown_participant', hubMessages.text(lang, 'unknownParticipant', { code }));

export const rateLimited = (lang: Lang, perHour: number): Failure =>
  failure(
    'conflict',
    'hub_rate_limited',
    hubMessages.text(lang, 'rateLimited', { perHour: String(perHour) }),
  );

export const missingKey = (lang: Lang): Failure =>
  failure('conflict', 'hub_key_missing', hubMessages.text(lang, 'missingKey'));
